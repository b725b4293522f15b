// Package report writes dedup results for people and programs, one file per
// format: tables for terminals and pipes ([Table], [CheckTable]), versioned
// JSON ([JSON], [CheckJSON], [DiffJSON]), and the CI formats of a check:
// SARIF 2.1.0 ([SARIF]), GitHub workflow commands ([GitHub]), Markdown for
// pull-request comments ([Markdown]), [CSV] and [NDJSON]. Writers only
// format; they never decide exit codes or print diagnostics. The same input
// always gives the same bytes.
package report
