/**
 * Fidelity of the built-in dataset to the source document ("System Architecture Patterns: PHP vs.
 * Go"). Every expected value below was written by hand from the source, not read from the data.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET as ds } from './builtin-dataset';

const pattern = (id: string) => {
  const p = ds.patterns.find((x) => x.id === id);
  if (!p) throw new Error(`no pattern ${id}`);
  return p;
};
const cell = (criterion: string, option: string) => ds.decisionFramework.criteria.find((c) => c.id === criterion)?.ratings[option];

describe('patterns', () => {
  it.each([
    [
      'application',
      [
        'Layered Architecture (N-tier)',
        'Hexagonal Architecture (Ports & Adapters)',
        'Clean Architecture',
        'Onion Architecture',
        'MVC, MVP, MVVM',
      ],
    ],
    [
      'system',
      [
        'Monolithic Architecture',
        'Service-Oriented Architecture (SOA)',
        'Serverless / Function-as-a-Service',
        'Space-Based Architecture',
        'Pipe and Filter',
        'Microkernel / Plugin Architecture',
        'Microservices',
      ],
    ],
    [
      'data',
      [
        'Shared Database (When It Works)',
        'Data Lake & Warehouse Patterns',
        'Lambda Architecture',
        'Kappa Architecture',
        'Event Streaming Backbones',
      ],
    ],
    [
      'hybrid',
      [
        'Modular Monoliths',
        'Macroservices',
        'Cell-Based Architecture',
        'Deep Integration with BFF (Backend for Frontend)',
        'Event-Driven Modular Monolith',
      ],
    ],
  ])('category %s has the source’s patterns', (category, names) => {
    expect(ds.patterns.filter((p) => p.category === category).map((p) => p.name)).toEqual(names);
  });

  it('names the categories as the source’s headings', () => {
    expect(ds.categories.map((c) => c.name)).toEqual([
      'Application Architecture Patterns',
      'System Architecture Patterns',
      'Data Architecture Patterns',
      'Hybrid & Emerging Approaches',
    ]);
  });

  it('gives every pattern but Microservices a source section; Microservices marks what is ours', () => {
    for (const p of ds.patterns) if (p.id !== 'microservices') expect(p.source, p.id).not.toBeNull();
    expect(pattern('microservices').source).toBeNull();
    expect(pattern('microservices').editorial).toEqual(['summary', 'category']);
    expect(ds.patterns.filter((p) => p.editorial.length > 0).map((p) => p.id)).toEqual(['microservices']);
  });

  it.each([
    [
      'layered',
      'Organize code into layers (presentation, application, domain, infrastructure/data) to separate concerns and control dependencies.',
    ],
    [
      'soa',
      'Precursor to microservices. Services communicate via enterprise service bus (ESB) or shared protocols but often maintain coarse-grained boundaries.',
    ],
    [
      'space-based',
      'Designed for extreme scalability by eliminating database bottlenecks. Uses distributed in-memory data grids and replicated processing units.',
    ],
    ['kappa-architecture', 'Stream-only alternative to Lambda. Uses a single streaming pipeline for both real-time and reprocessing.'],
    [
      'macroservices',
      'Larger-grained services (2-5 bounded contexts). Useful stepping stone from monolith to microservices without explosion of services.',
    ],
  ])('%s has the source’s summary', (id, summary) => {
    expect(pattern(id).summary).toBe(summary);
  });

  it('keeps the trade-off tables row by row', () => {
    expect(pattern('monolith').benefits).toEqual(['Simple deployment', 'Strong consistency', 'Easier debugging']);
    expect(pattern('monolith').tradeOffs).toEqual([
      'Hard to scale parts independently',
      'Potential for accidental coupling',
      'Requires discipline to avoid “big ball of mud”',
    ]);
    expect(pattern('soa').tradeOffs).toEqual(['ESB becomes bottleneck', 'Complex deployment pipeline', 'Government-style coordination']);
    expect(pattern('hexagonal').benefits).toEqual(['Strong domain isolation', 'Testable core logic', 'Easy to swap adapters']);
    expect(pattern('clean').tradeOffs).toEqual([
      'Higher upfront complexity',
      'Harder to fit quick prototypes',
      'Requires disciplined enforcement',
    ]);
    expect(pattern('layered').tradeOffs).toEqual([
      'Can become rigid if layers are too strict',
      'Crossing layers (e.g., validation) can cause duplication',
      'Layer explosion in large apps',
    ]);
    expect(pattern('space-based').benefits).toEqual([]);
    expect(pattern('space-based').tradeOffs).toEqual([
      'Complex data consistency models.',
      'Requires cache invalidation strategies and write-behind reliability.',
    ]);
  });

  it('keeps the source’s “Considerations” and “Key Considerations” as the downsides, word for word and under their heading', () => {
    expect(pattern('serverless').considerations).toEqual({
      heading: 'Considerations',
      items: [
        'Avoid long-running transactions (function timeouts).',
        'Handle idempotency (retries).',
        'Observability via structured logs and tracing (X-Ray, OpenTelemetry).',
      ],
    });
    expect(pattern('microkernel').considerations).toEqual({
      heading: 'Key Considerations',
      items: [
        'Define stable plugin interfaces.',
        'Sandbox and validate third-party plugins.',
        'Lifecycle management (install, enable, upgrade, disable).',
      ],
    });
    // Only those two sections of the source are headed so; nothing else is given as considerations,
    // and the lists are not repeated among the other titled sections.
    expect(ds.patterns.filter((p) => p.considerations).map((p) => p.id)).toEqual(['serverless', 'microkernel']);
    expect(ds.patterns.flatMap((p) => p.sections.map((s) => s.heading)).filter((h) => /consideration/i.test(h))).toEqual([]);
  });

  it('keeps the monolith’s variants, when-to-use and techniques', () => {
    const m = pattern('monolith');
    expect(m.sections.find((s) => s.heading === 'Variants')?.items).toEqual([
      'Simple Monolith: Single codebase, single DB.',
      'Modular Monolith: Strong module boundaries enforced via package/namespace isolation.',
    ]);
    expect(m.whenToUse).toEqual([
      'Small to mid-sized teams (<30 engineers).',
      'Cohesive domain with high transaction consistency.',
      'Need for rapid iteration, minimal DevOps overhead.',
    ]);
    expect(m.sections.find((s) => s.heading === 'Modular Monolith Techniques')?.items).toEqual([
      'Explicit module APIs (`App\\Order\\API\\OrderFacade`).',
      'Enforce dependency rules via static analysis (`phpstan`, `golangci-lint`).',
      'Use internal packages in Go to prevent cross-module imports.',
    ]);
  });

  it('keeps Space-Based key concepts and the MVC/MVP/MVVM table', () => {
    expect(pattern('space-based').keyConcepts).toEqual([
      'In-memory data grid (Hazelcast, Redis Cluster, Tarantool).',
      'Processing unit contains application logic + cache + optional DB fragment.',
      'Persistence layer handles asynchronous writes (write-behind).',
    ]);
    const [table] = pattern('mvc-mvp-mvvm').tables;
    expect(table?.columns).toEqual(['Pattern', 'PHP Perspective', 'Go Perspective']);
    expect(table?.rows.map((r) => r[0])).toEqual(['MVC', 'MVP', 'MVVM']);
    expect(table?.rows[2]?.[2]).toBe('Go backend typically supplies JSON to frontend frameworks using MVVM.');
  });

  it('keeps every code example with its caption and language', () => {
    const examples = ds.patterns.flatMap((p) => p.codeExamples.map((e) => [p.id, e.title, e.language, e.code.split('\n')[0]]));
    expect(examples).toEqual([
      ['layered', 'PHP Example (Symfony)', 'php', 'namespace App\\Controller;'],
      ['layered', 'Go Example', 'go', 'package userapi'],
      ['hexagonal', 'PHP Port Example', 'php', 'interface UserRepository'],
      ['hexagonal', 'Go Adapter Example', 'go', 'type UserRepository interface {'],
      ['pipe-and-filter', 'PHP Implementation', 'php', 'function parseCsv(string $path): Generator'],
      ['pipe-and-filter', 'Go Implementation', 'go', 'func parse(ctx context.Context, r io.Reader) <-chan Row {'],
    ]);
    expect(pattern('hexagonal').codeExamples[1]?.code).toContain('_, err := r.db.ExecContext(ctx, "INSERT INTO users ...")');
  });

  it('keeps the diagrams of the sections that have one', () => {
    const withDiagram = ds.patterns.filter((p) => p.diagram).map((p) => p.id);
    expect(withDiagram).toEqual([
      'layered',
      'hexagonal',
      'clean',
      'onion',
      'monolith',
      'soa',
      'serverless',
      'space-based',
      'pipe-and-filter',
      'microkernel',
      'lambda-architecture',
      'kappa-architecture',
      'cell-based',
    ]);
    expect(pattern('serverless').diagram?.source.split('\n')[0]).toBe('sequenceDiagram');
    expect(pattern('pipe-and-filter').diagram?.source).toContain('Filter3 --> Sink[Persist]');
  });

  it('takes language fit from the decision framework where the source rates it, and marks the rest as ours', () => {
    expect(pattern('microservices').languageFit.php).toMatchObject({
      level: 'good',
      origin: 'source',
      basis: 'Decision framework, PHP Fit: Good for BFFs',
    });
    expect(pattern('soa').languageFit.go).toMatchObject({ level: 'excellent', origin: 'source' });
    expect(pattern('serverless').languageFit.php).toMatchObject({
      level: 'good',
      origin: 'source',
      basis: 'Decision framework, PHP Fit: Good (Bref)',
    });
    expect(pattern('kappa-architecture').languageFit.php).toMatchObject({ level: 'limited', origin: 'ours' });
    const rated = new Set(['monolith', 'modular-monolith', 'soa', 'microservices', 'serverless']);
    for (const p of ds.patterns) {
      expect(p.languageFit.php.origin, p.id).toBe(rated.has(p.id) ? 'source' : 'ours');
      expect(p.languageFit.go.origin, p.id).toBe(rated.has(p.id) ? 'source' : 'ours');
    }
  });
});

describe('the Architecture Forces quadrant', () => {
  const q = ds.quadrant;
  it('has the source’s title, axes and quadrant names in Mermaid numbering', () => {
    expect(q.title).toBe('Architecture Forces');
    expect(q.xAxis).toEqual({ low: 'Internal Complexity', high: 'External Complexity' });
    expect(q.yAxis).toEqual({ low: 'Operational Overhead', high: 'Team Autonomy' });
    expect(q.quadrants).toEqual([
      { number: 1, name: 'High Autonomy' },
      { number: 2, name: 'Experimental' },
      { number: 3, name: 'Stable Core' },
      { number: 4, name: 'Controlled Growth' },
    ]);
  });

  it.each([
    ['Monolith', 'monolith', 0.3, 0.2],
    ['ModularMonolith', 'modular-monolith', 0.4, 0.4],
    ['SOA', 'soa', 0.6, 0.5],
    ['Microservices', 'microservices', 0.7, 0.8],
    ['Serverless', 'serverless', 0.8, 0.9],
    ['SpaceBased', 'space-based', 0.9, 0.7],
  ])('point %s (%s) is at [%f, %f]', (label, patternId, x, y) => {
    expect(q.points.find((p) => p.label === label)).toEqual({ label, patternId, x, y });
  });

  it('has exactly the six points of the source', () => {
    expect(q.points).toHaveLength(6);
  });
});

describe('the decision framework', () => {
  it('has the five options and seven criteria in the source’s order', () => {
    expect(ds.decisionFramework.options.map((o) => o.label)).toEqual([
      'Monolith',
      'Modular Monolith',
      'SOA',
      'Microservices',
      'Serverless',
    ]);
    expect(ds.decisionFramework.criteria.map((c) => c.name)).toEqual([
      'Team Size',
      'Deployment Frequency',
      'Operational Overhead',
      'Scalability',
      'Compliance/Security',
      'PHP Fit',
      'Go Fit',
    ]);
  });

  it.each([
    ['team-size', 'monolith', '1-15'],
    ['team-size', 'modular-monolith', '10-40'],
    ['team-size', 'soa', '20-100'],
    ['team-size', 'microservices', '20-500'],
    ['team-size', 'serverless', '1-50'],
    ['deployment-frequency', 'monolith', 'High'],
    ['deployment-frequency', 'modular-monolith', 'High'],
    ['deployment-frequency', 'soa', 'Medium'],
    ['deployment-frequency', 'microservices', 'High'],
    ['deployment-frequency', 'serverless', 'Very High'],
    ['operational-overhead', 'monolith', 'Low'],
    ['operational-overhead', 'modular-monolith', 'Medium'],
    ['operational-overhead', 'soa', 'High'],
    ['operational-overhead', 'microservices', 'Very High'],
    ['operational-overhead', 'serverless', 'Low'],
    ['scalability', 'monolith', 'Vertical'],
    ['scalability', 'modular-monolith', 'Horizontal (module)'],
    ['scalability', 'soa', 'Horizontal'],
    ['scalability', 'microservices', 'Horizontal'],
    ['scalability', 'serverless', 'Automatic'],
    ['compliance-security', 'monolith', 'Centralized'],
    ['compliance-security', 'modular-monolith', 'Centralized'],
    ['compliance-security', 'soa', 'Central governance'],
    ['compliance-security', 'microservices', 'Decentralized'],
    ['compliance-security', 'serverless', 'Provider-managed'],
    ['php-fit', 'monolith', 'Excellent'],
    ['php-fit', 'modular-monolith', 'Excellent'],
    ['php-fit', 'soa', 'Good'],
    ['php-fit', 'microservices', 'Good for BFFs'],
    ['php-fit', 'serverless', 'Good (Bref)'],
    ['go-fit', 'monolith', 'Good'],
    ['go-fit', 'modular-monolith', 'Good'],
    ['go-fit', 'soa', 'Excellent'],
    ['go-fit', 'microservices', 'Excellent'],
    ['go-fit', 'serverless', 'Excellent'],
  ])('%s × %s is “%s”', (criterion, option, value) => {
    expect(cell(criterion, option)).toBe(value);
  });

  it('rates no other option', () => {
    for (const c of ds.decisionFramework.criteria) expect(Object.keys(c.ratings)).toHaveLength(5);
  });

  it('has the six-question checklist', () => {
    expect(ds.decisionFramework.checklist).toEqual([
      { number: 1, title: 'Domain Cohesion', question: 'If aggregates span modules, favor monolith/modular.' },
      { number: 2, title: 'Team Topology', question: 'Apply Conway’s law—architecture mirrors team structure.' },
      { number: 3, title: 'Operational Maturity', question: 'Microservices demand observability, CI/CD, DevOps.' },
      { number: 4, title: 'Scalability Needs', question: 'Identify hotspots; use modular monolith or microservices for uneven load.' },
      { number: 5, title: 'Compliance', question: 'Is data sovereignty or audit centralization required?' },
      { number: 6, title: 'Skill Set', question: 'Do teams have experience with distributed systems?' },
    ]);
  });
});

describe('the PHP vs Go strengths table', () => {
  it('has the headings and the guideline', () => {
    expect(ds.languageComparison.phpHeading).toBe('PHP (Symfony/Laravel)');
    expect(ds.languageComparison.goHeading).toBe('Go (stdlib/Gin/Fiber)');
    expect(ds.languageComparison.guideline).toBe(
      'Choose architectures that leverage each language’s strengths rather than fighting the runtime model.',
    );
  });

  it.each([
    ['Runtime Model', 'Shared-nothing requests, mature web ecosystem', 'Goroutines + channels, strong concurrency'],
    ['Hosting', 'HTTP-centric, easy scaling via processes', 'Lightweight binaries, great for containers'],
    ['Dependency Injection', 'Framework containers (higher ceremony)', 'Manual wiring or small DI libs'],
    ['Build & Deploy', 'Interpreted runtime, fast iteration', 'Compile-time builds, static binaries'],
    ['Domain Modeling', 'Rich OOP, annotations, Doctrine ORM', 'Composition over inheritance, explicit modeling'],
    ['Best Fit', 'Business-heavy applications, BFFs, modular monoliths', 'High-throughput services, pipelines, serverless'],
    ['Challenges', 'Async complexity, concurrency', 'Rapid prototyping, verbose boilerplate'],
  ])('%s', (aspect, php, go) => {
    expect(ds.languageComparison.rows.find((r) => r.aspect === aspect)).toEqual({ aspect, php, go });
  });

  it('has exactly seven aspects', () => {
    expect(ds.languageComparison.rows).toHaveLength(7);
  });
});

describe('the migration graph', () => {
  const label = (id: string) => ds.migrationNodes.find((n) => n.id === id)?.label;
  it('has the five flowchart edges with their labels and the data migration', () => {
    expect(ds.migrations.map((m) => `${label(m.from)} -> ${label(m.to)}: ${m.label}`)).toEqual([
      'Monolith -> Modular Monolith: Encapsulate Modules',
      'Modular Monolith -> Microservices: Strangler Fig',
      'Microservices -> Serverless: Event-Driven',
      'SOA -> Microservices: Service Extraction',
      'Monolith -> Serverless: Lambda Sidecar',
      'Shared Database -> Database per Service: null',
    ]);
    expect(ds.migrations.every((m) => m.origin === 'source')).toBe(true);
  });

  it.each([
    [
      'monolith-to-modular-monolith',
      [
        'Identify bounded contexts.',
        'Enforce module boundaries via namespaces/packages.',
        'Introduce module APIs (facades) to prevent direct cross-module calls.',
      ],
    ],
    [
      'modular-monolith-to-microservices',
      [
        'Apply Strangler Fig (Part 2) at module boundaries.',
        'Split database using shared database view or change data capture (Debezium).',
        'Use message bus/outbox pattern for integration.',
      ],
    ],
    [
      'soa-to-microservices',
      [
        'Gradually replace ESB orchestrations with API gateways + event brokers.',
        'Modernize schemas (JSON/Protobuf) and protocols (HTTP/gRPC).',
      ],
    ],
    [
      'microservices-to-serverless',
      [
        'Extract stateless endpoints to functions.',
        'Keep stateful or high-throughput components as services.',
        'Ensure observability (AWS X-Ray, OpenTelemetry) and tracing across functions.',
      ],
    ],
    [
      'shared-database-to-database-per-service',
      [
        'Introduce schema ownership per team.',
        'Use read replicas for transitional data access.',
        'Implement data replication via CDC or events.',
      ],
    ],
    ['monolith-to-serverless', []],
  ])('%s has the source’s steps', (id, steps) => {
    expect(ds.migrations.find((m) => m.id === id)?.steps).toEqual(steps);
  });

  it('marks Database per Service as a node with no pattern of its own', () => {
    expect(ds.migrationNodes.find((n) => n.id === 'database-per-service')).toEqual({
      id: 'database-per-service',
      label: 'Database per Service',
      patternId: null,
    });
  });
});
