// Package dedup finds near-duplicate articles in collections of text files:
// the same story syndicated by several outlets, re-titled, trimmed, wrapped
// in boilerplate, or pasted twice into one aggregated file.
//
// # Pipeline
//
// [Scan] reads files, splits each into articles at header blocks (package
// [github.com/dedup/dedup/dedup/segment]), turns each article body into
// hashed word shingles (package [github.com/dedup/dedup/shingle]), signs
// the shingle set with MinHash ([github.com/dedup/dedup/dedup/minhash]),
// finds candidate pairs by LSH banding ([github.com/dedup/dedup/dedup/lsh]),
// verifies every candidate with the exact Jaccard similarity of the two
// shingle sets, and groups verified pairs into clusters
// ([github.com/dedup/dedup/dedup/cluster]).
//
// Because every reported pair is verified exactly, there are no false
// positives at the chosen threshold: MinHash and LSH only decide which pairs
// are worth verifying. The LSH parameters are chosen to make missed pairs
// rare (see [lsh.Optimal]).
//
// # Similarity
//
// Similarity is the Jaccard index |A∩B|/|A∪B| of the two documents' sets of
// k-word shingles (k = 5 by default), computed over the 64-bit shingle
// hashes (a collision between two different shingles has probability about
// 2^-64 per pair of shingles and is ignored). Header lines — title, byline,
// outlet, date — are metadata and not shingled unless
// [Options.WithHeaders] is set, so a re-headlined copy scores as the same
// text.
//
// # Entry points
//
//   - [Scan]: near-duplicate clusters in a collection, with shared
//     passages ([Options.Passages]), containment ([Options.Metric]) and
//     headline collisions.
//   - [Analyze] and [Check]: the CI workflow. Analyze returns what an index
//     stores about each document (package [github.com/dedup/dedup/dedup/index]);
//     Check compares a drop of new files with the index and with itself
//     without reading indexed texts, and applies a [Baseline] of accepted
//     findings.
//   - [Compare]: one pair explained, with the runs of words it shares.
//
// # Files
//
// Directories are walked recursively; files matching [Options.Include]
// (by default *.txt and *.md) and not [Options.Exclude] are read. Files
// named explicitly are always read. A file that cannot be read, is binary or
// is not valid UTF-8 is reported in [Result.Errors] and the scan goes on
// with the others.
//
// # Output stability
//
// A Result depends only on the input and the options: documents are ordered
// by path then line, clusters by their representative (the earliest member
// in that order), pairs by their documents. The JSON encoding of Result is
// schema version [SchemaVersion]; fields are only added within a version.
package dedup
