/**
 * The dataset schema: what a dataset file must contain, validated at load.
 *
 * The built-in dataset (`data/dataset.json`) is a faithful transcription of the source document
 * "System Architecture Patterns: PHP vs. Go". Every item names the source section it comes from.
 * Anything that is our own judgement rather than the source's is marked with `origin: "ours"`
 * (or listed in a pattern's `editorial` fields) so that the UI can say so.
 */
import { z } from 'zod';
import { checkGraph, duplicateIds, type IdProblem } from '../graph/validate';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "modular-monolith"');

/** Where in the source an item comes from: the section path as headed in the document. */
export const SourceRefSchema = z
  .object({
    section: nonEmpty.describe('Section path in the source, e.g. "System Architecture Patterns › Monolithic Architecture"'),
    heading: nonEmpty.optional().describe('The exact heading text in the source, when the item has one'),
  })
  .strict();

export const OriginSchema = z
  .enum(['source', 'ours'])
  .describe('"source": transcribed from the source document; "ours": our own judgement, not the source\'s');

export const CodeExampleSchema = z
  .object({
    title: nonEmpty.describe('The caption the source gives the example, e.g. "PHP Example (Symfony)"'),
    language: z.enum(['php', 'go']),
    code: nonEmpty,
  })
  .strict();

export const DiagramSchema = z
  .object({
    kind: z.literal('mermaid'),
    source: nonEmpty.describe('Mermaid source text exactly as in the document'),
  })
  .strict();

/** A titled list from the source (e.g. "Guidelines", "Considerations", "Mitigations"). */
export const SectionSchema = z
  .object({
    heading: nonEmpty,
    items: z.array(nonEmpty).min(1, 'expected at least 1 item'),
  })
  .strict();

/** A table the source gives inside a pattern (e.g. MVC/MVP/MVVM perspectives). */
export const TableSchema = z
  .object({
    caption: nonEmpty.optional(),
    columns: z.array(nonEmpty).min(2),
    rows: z.array(z.array(z.string())).min(1),
  })
  .strict()
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `expected ${table.columns.length} cells (one per column), got ${row.length}`,
        });
      }
    });
  });

export const FitLevelSchema = z.enum(['excellent', 'good', 'limited']);

export const LanguageFitSchema = z
  .object({
    level: FitLevelSchema,
    origin: OriginSchema,
    basis: nonEmpty.describe('Why: the source cell, or the source sentence our judgement rests on'),
  })
  .strict();

export const PatternSchema = z
  .object({
    id,
    name: nonEmpty.describe('Full name: the source heading where the pattern has a section'),
    shortName: nonEmpty
      .optional()
      .describe('Short label used in charts and rankings, e.g. "Monolith" (the decision framework column name)'),
    category: id.describe('Id of one of the dataset categories'),
    source: SourceRefSchema.nullable().describe('null when the source has no section of its own for it'),
    summary: nonEmpty,
    whenToUse: z.array(nonEmpty).default([]),
    benefits: z.array(nonEmpty).default([]).describe('Left column of the source trade-off table, in order'),
    tradeOffs: z.array(nonEmpty).default([]).describe('Right column of the trade-off table, or the trade-off list'),
    phpNotes: z.array(nonEmpty).default([]),
    goNotes: z.array(nonEmpty).default([]),
    keyConcepts: z.array(nonEmpty).default([]),
    considerations: SectionSchema.optional().describe(
      'The downsides the source lists under "Considerations" or "Key Considerations", heading and items as written; absent where the source gives none',
    ),
    sections: z.array(SectionSchema).default([]).describe('Other titled lists the source gives for the pattern'),
    tables: z.array(TableSchema).default([]),
    codeExamples: z.array(CodeExampleSchema).default([]),
    diagram: DiagramSchema.optional(),
    languageFit: z
      .object({ php: LanguageFitSchema, go: LanguageFitSchema })
      .strict()
      .describe('How well the pattern suits each language (source rating where there is one)'),
    editorial: z.array(nonEmpty).default([]).describe("Names of fields whose content is our own writing, not the source's"),
  })
  .strict();

export const CategorySchema = z
  .object({
    id,
    name: nonEmpty,
    source: SourceRefSchema,
  })
  .strict();

export const QuadrantSchema = z
  .object({
    title: nonEmpty,
    source: SourceRefSchema,
    xAxis: z.object({ low: nonEmpty, high: nonEmpty }).strict(),
    yAxis: z.object({ low: nonEmpty, high: nonEmpty }).strict(),
    /** Mermaid numbering: 1 top right, 2 top left, 3 bottom left, 4 bottom right. */
    quadrants: z.array(z.object({ number: z.int().min(1).max(4), name: nonEmpty }).strict()).length(4, 'expected exactly four quadrants'),
    points: z.array(
      z
        .object({
          label: nonEmpty.describe('The point label exactly as in the source, e.g. "ModularMonolith"'),
          patternId: id,
          x: z.number().min(0, 'expected a number between 0 and 1').max(1, 'expected a number between 0 and 1'),
          y: z.number().min(0, 'expected a number between 0 and 1').max(1, 'expected a number between 0 and 1'),
        })
        .strict(),
    ),
  })
  .strict();

export const DecisionFrameworkSchema = z
  .object({
    source: SourceRefSchema,
    intro: nonEmpty.optional(),
    options: z.array(z.object({ patternId: id, label: nonEmpty }).strict()).min(1),
    criteria: z
      .array(
        z
          .object({
            id,
            name: nonEmpty,
            ratings: z.record(z.string(), nonEmpty).describe('The source cell text per pattern id'),
          })
          .strict(),
      )
      .min(1),
    checklist: z.array(z.object({ number: z.int().min(1), title: nonEmpty, question: nonEmpty }).strict()),
  })
  .strict();

export const LanguageComparisonSchema = z
  .object({
    source: SourceRefSchema,
    phpHeading: nonEmpty,
    goHeading: nonEmpty,
    rows: z.array(z.object({ aspect: nonEmpty, php: nonEmpty, go: nonEmpty }).strict()).min(1),
    guideline: nonEmpty.optional(),
  })
  .strict();

export const MigrationNodeSchema = z
  .object({
    id,
    label: nonEmpty,
    patternId: id.nullable().describe('The pattern this node stands for, or null (e.g. "Database per Service")'),
  })
  .strict();

export const MigrationSchema = z
  .object({
    id,
    from: id.describe('Migration node id'),
    to: id.describe('Migration node id'),
    label: nonEmpty.nullable().describe('Edge label in the source flowchart; null where the source gives none'),
    steps: z.array(nonEmpty).default([]),
    origin: OriginSchema,
    source: SourceRefSchema.nullable(),
  })
  .strict();

/**
 * How ratings become numbers, and how the team's context changes the scoring. This is our own
 * judgement, not the source's (the source gives words such as "High" and ranges such as "10-40").
 */
export const RatingLevelSchema = z
  .object({
    rating: nonEmpty.describe('A rating as written in the decision framework, e.g. "Very High"'),
    fit: z.number().min(0).max(1).describe('How well this rating suits a team, 0 (worst) to 1 (best)'),
  })
  .strict();

export const CriterionScaleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      criterionId: id,
      kind: z.literal('ordinal'),
      levels: z.array(RatingLevelSchema).min(2),
      /** Only counts when the team uses this language. */
      language: z.enum(['php', 'go']).optional(),
      explanation: nonEmpty,
    })
    .strict(),
  z
    .object({
      criterionId: id,
      kind: z.literal('range'),
      /** The context number the range is matched against. */
      contextField: z.literal('teamSize'),
      /** How fast the fit falls outside the range: fit = exp(−½·(log₂(distance ratio)/softness)²). */
      softness: z.number().positive(),
      explanation: nonEmpty,
    })
    .strict(),
]);

export const ContextEffectSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('scale-weight'),
      criterionId: id,
      factor: z.number().min(0).max(10),
    })
    .strict(),
  z
    .object({
      kind: z.literal('favour'),
      /** Name of the extra criterion the answer adds, e.g. "Domain cohesion". */
      label: nonEmpty,
      patternIds: z.array(id).min(1),
      weight: z.number().min(0).max(10),
    })
    .strict(),
]);

export const ContextQuestionSchema = z
  .object({
    checklistNumber: z.int().min(1).describe('The decision checklist item this question asks'),
    prompt: nonEmpty,
    answers: z
      .array(
        z
          .object({
            id,
            label: nonEmpty,
            explanation: nonEmpty.describe('What this answer does to the scoring, in words'),
            effects: z.array(ContextEffectSchema),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

export const WeightProfileSchema = z
  .object({
    id,
    name: nonEmpty,
    description: nonEmpty,
    weights: z.record(z.string(), z.number().min(0).max(10)),
  })
  .strict();

export const ScoringSchema = z
  .object({
    origin: z.literal('ours'),
    note: nonEmpty,
    /** Options ranked besides those the decision framework rates (e.g. plotted but unrated ones). */
    extraOptions: z.array(id).default([]),
    scales: z.array(CriterionScaleSchema).min(1),
    defaultWeights: z.record(z.string(), z.number().min(0).max(10)),
    profiles: z.array(WeightProfileSchema).default([]),
    questions: z.array(ContextQuestionSchema).default([]),
  })
  .strict();

export const DatasetSchema = z
  .object({
    type: z.literal('architecture-workbench/dataset'),
    version: z.literal(1),
    id,
    title: nonEmpty,
    description: z.string().optional(),
    source: z.object({ title: nonEmpty, subtitle: z.string().optional(), file: z.string().optional() }).strict(),
    categories: z.array(CategorySchema).min(1),
    patterns: z.array(PatternSchema).min(1),
    quadrant: QuadrantSchema,
    decisionFramework: DecisionFrameworkSchema,
    languageComparison: LanguageComparisonSchema,
    migrationNodes: z.array(MigrationNodeSchema),
    migrations: z.array(MigrationSchema),
    scoring: ScoringSchema.optional().describe('Our numeric reading of the ratings; without it the dataset is browsed but not ranked'),
  })
  .strict()
  .superRefine((ds, ctx) => {
    const report = (problems: IdProblem[]) => {
      for (const p of problems) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    };
    // Ids held twice: each kind of id is refused where it appears again (one check for every reader).
    report(duplicateIds(ds.categories, ['categories'], 'category id', (c) => c.id));
    report(duplicateIds(ds.patterns, ['patterns'], 'pattern id', (p) => p.id));
    report(duplicateIds(ds.decisionFramework.criteria, ['decisionFramework', 'criteria'], 'criterion id', (c) => c.id));
    report(duplicateIds(ds.decisionFramework.options, ['decisionFramework', 'options'], 'option', (o) => o.patternId, 'patternId'));
    report(duplicateIds(ds.quadrant.points, ['quadrant', 'points'], 'point for pattern', (p) => p.patternId, 'patternId'));
    report(
      checkGraph(
        { nodes: ds.migrationNodes, edges: ds.migrations },
        { nodes: ['migrationNodes'], edges: ['migrations'], node: 'migration node', edge: 'migration' },
      ),
    );
    const patternIds = new Set(ds.patterns.map((p) => p.id));
    const categoryIds = new Set(ds.categories.map((c) => c.id));
    ds.patterns.forEach((p, i) => {
      if (!categoryIds.has(p.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['patterns', i, 'category'],
          message: `unknown category "${p.category}" (known: ${[...categoryIds].join(', ')})`,
        });
      }
    });
    const unknownPattern = (path: (string | number)[], pid: string) =>
      ctx.addIssue({ code: 'custom', path, message: `unknown pattern id "${pid}"` });
    ds.quadrant.points.forEach((pt, i) => {
      if (!patternIds.has(pt.patternId)) unknownPattern(['quadrant', 'points', i, 'patternId'], pt.patternId);
    });
    ds.decisionFramework.options.forEach((o, i) => {
      if (!patternIds.has(o.patternId)) unknownPattern(['decisionFramework', 'options', i, 'patternId'], o.patternId);
    });
    ds.decisionFramework.criteria.forEach((c, i) => {
      for (const pid of Object.keys(c.ratings)) {
        if (!patternIds.has(pid)) unknownPattern(['decisionFramework', 'criteria', i, 'ratings', pid], pid);
      }
    });
    ds.migrationNodes.forEach((n, i) => {
      if (n.patternId !== null && !patternIds.has(n.patternId)) {
        unknownPattern(['migrationNodes', i, 'patternId'], n.patternId);
      }
    });
    if (ds.scoring) {
      const criterionIds = new Set(ds.decisionFramework.criteria.map((c) => c.id));
      const unknownCriterion = (path: (string | number)[], cid: string) =>
        ctx.addIssue({ code: 'custom', path, message: `unknown criterion id "${cid}"` });
      report(duplicateIds(ds.scoring.scales, ['scoring', 'scales'], 'scale for criterion', (sc) => sc.criterionId, 'criterionId'));
      report(duplicateIds(ds.scoring.extraOptions, ['scoring', 'extraOptions'], 'extra option', (id) => id, null));
      report(duplicateIds(ds.scoring.profiles, ['scoring', 'profiles'], 'profile id', (p) => p.id));
      ds.scoring.questions.forEach((q, qi) => {
        report(duplicateIds(q.answers, ['scoring', 'questions', qi, 'answers'], 'answer id', (a) => a.id));
      });
      ds.scoring.scales.forEach((sc, i) => {
        if (!criterionIds.has(sc.criterionId)) unknownCriterion(['scoring', 'scales', i, 'criterionId'], sc.criterionId);
      });
      for (const [cid] of Object.entries(ds.scoring.defaultWeights)) {
        if (!criterionIds.has(cid)) unknownCriterion(['scoring', 'defaultWeights', cid], cid);
      }
      ds.scoring.extraOptions.forEach((pid, i) => {
        if (!patternIds.has(pid)) unknownPattern(['scoring', 'extraOptions', i], pid);
      });
      ds.scoring.questions.forEach((q, qi) => {
        q.answers.forEach((a, ai) => {
          a.effects.forEach((e, ei) => {
            const path = ['scoring', 'questions', qi, 'answers', ai, 'effects', ei];
            if (e.kind === 'scale-weight' && !criterionIds.has(e.criterionId)) unknownCriterion([...path, 'criterionId'], e.criterionId);
            if (e.kind === 'favour') {
              e.patternIds.forEach((pid, k) => {
                if (!patternIds.has(pid)) unknownPattern([...path, 'patternIds', k], pid);
              });
            }
          });
        });
      });
    }
  });

export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Pattern = z.infer<typeof PatternSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Quadrant = z.infer<typeof QuadrantSchema>;
export type DecisionFramework = z.infer<typeof DecisionFrameworkSchema>;
export type LanguageComparison = z.infer<typeof LanguageComparisonSchema>;
export type MigrationNode = z.infer<typeof MigrationNodeSchema>;
export type Migration = z.infer<typeof MigrationSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type FitLevel = z.infer<typeof FitLevelSchema>;
export type Scoring = z.infer<typeof ScoringSchema>;
export type CriterionScale = z.infer<typeof CriterionScaleSchema>;
export type ContextQuestion = z.infer<typeof ContextQuestionSchema>;
export type ContextEffect = z.infer<typeof ContextEffectSchema>;
export type WeightProfile = z.infer<typeof WeightProfileSchema>;
