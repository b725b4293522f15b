module github.com/dedup/dedup

go 1.26.8

require (
	github.com/cespare/xxhash/v2 v2.3.0
	golang.org/x/text v0.44.0
)
