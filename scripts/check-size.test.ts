import { describe, expect, it } from 'vitest';
import { firstRouteFiles } from './check-size.mjs';

const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    css: ['assets/index.css'],
    imports: ['_react.js', '_store.js'],
    dynamicImports: ['src/graph.tsx'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_store.js': { file: 'assets/store.js', imports: ['_react.js', '_zod.js'], css: ['assets/index.css'] },
  '_zod.js': { file: 'assets/zod.js' },
  'src/graph.tsx': { file: 'assets/graph.js', css: ['assets/graph.css'], imports: ['_react.js', '_xyflow.js'] },
  '_xyflow.js': { file: 'assets/xyflow.js' },
};

describe('firstRouteFiles', () => {
  it('walks static imports transitively, once each, with their CSS', () => {
    expect(firstRouteFiles(manifest)).toEqual({
      js: ['assets/index.js', 'assets/react.js', 'assets/store.js', 'assets/zod.js'],
      css: ['assets/index.css'],
    });
  });

  it('leaves out what is only imported dynamically (lazy routes and views)', () => {
    const { js, css } = firstRouteFiles(manifest);
    expect(js).not.toContain('assets/graph.js');
    expect(js).not.toContain('assets/xyflow.js');
    expect(css).not.toContain('assets/graph.css');
  });

  it('survives import cycles and refuses a manifest without the entry or with a missing chunk', () => {
    const cyclic = { 'index.html': { file: 'a.js', imports: ['_b.js'] }, '_b.js': { file: 'b.js', imports: ['index.html'] } };
    expect(firstRouteFiles(cyclic).js).toEqual(['a.js', 'b.js']);
    expect(() => firstRouteFiles({})).toThrow(/no entry/);
    expect(() => firstRouteFiles({ 'index.html': { file: 'a.js', imports: ['_gone.js'] } })).toThrow(/_gone\.js/);
  });
});
