// Package peerbench runs a corpus from cmd/corpusgen through dedup and
// through a pipeline built on github.com/ekzhu/minhash-lsh, with the same
// documents, shingles, number of hashes, threshold and exact verification,
// and reports time and recall of both in one run. It is a separate module
// so that the product's go.mod does not carry the peer.
//
//	go run ./cmd/corpusgen -n 100000 -out /tmp/c100k
//	cd testdata/peerbench
//	DEDUP_CORPUS=/tmp/c100k go test -run '^$' -bench . -benchtime 1x
package peerbench
