export declare const JS_BUDGET_BYTES: number;
export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
export declare function firstRouteFiles(manifest: Record<string, ManifestChunk>, entry?: string): { js: string[]; css: string[] };
