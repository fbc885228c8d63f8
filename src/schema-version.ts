/**
 * Version of the report's JSON shape, described by `corroborate/schema.json`
 * (src/report/schema.json, whose `$id` names it). Semantic versioning: a new field is a minor
 * version, a removed, renamed or retyped field a major one. 2.0.0 renamed a detail's `speaker` to
 * `source` and writes every field, null when it has no value; 2.1.0 added the claim status
 * 'related' and a claim's `weakestLink` (CHANGELOG.md says what changed). It lives outside both src/compare,
 * which stamps it on every report, and src/report, which writes it out, so a report renderer
 * does not load the pipeline to learn it.
 *
 * @example
 * compare(['Ten boats sank.']).schemaVersion === schemaVersion //=> true
 */
export const schemaVersion = '2.1.0'
