// Package report writes a [dedup.Result] for people and programs: a table
// for terminals and pipes ([Table]) and versioned JSON ([JSON]). One file
// per format. Writers only format; they never decide exit codes or print
// diagnostics.
package report
