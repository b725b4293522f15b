package dedup

import (
	"context"
	"os"
	"reflect"
	"slices"
	"testing"
)

// runStages runs the staged functions over files in one process, as a
// distributed front end runs them over many: read, bucket by band key,
// verify, cluster.
func runStages(t *testing.T, files []string, o Options) []Cluster {
	t.Helper()
	var docs []Staged
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ds, _, errs := ReadStaged(i, f, data, o)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", f, errs)
		}
		docs = append(docs, ds...)
	}
	byNum := map[DocNum]*Staged{}
	buckets := map[[2]uint64][]DocNum{}
	for k := range docs {
		d := &docs[k]
		byNum[d.Num] = d
		for band, key := range d.Keys {
			bk := [2]uint64{uint64(band), key}
			buckets[bk] = append(buckets[bk], d.Num)
		}
	}
	seen := map[[2]DocNum]bool{}
	var verified []Verified
	for _, members := range buckets {
		slices.Sort(members)
		pairs, _ := BucketPairs(members, o.MaxBucket)
		for _, p := range pairs {
			if seen[p] {
				continue
			}
			seen[p] = true
			if v, ok := Verify(byNum[p[0]], byNum[p[1]], o); ok {
				verified = append(verified, v)
			}
		}
	}
	clusters, _ := Clusters(docs, verified)
	return clusters
}

// TestStagesAgreeWithScan: the staged functions, run one after the other,
// give the seeds' clusters and a generated corpus's exactly as Scan does
// with the same options.
func TestStagesAgreeWithScan(t *testing.T) {
	t.Parallel()
	o, err := StageOptions(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	res, err := Scan(context.Background(), []string{seeds}, o)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := Files([]string{seeds}, o)
	got := runStages(t, files, o)
	if len(res.Clusters) != 1 || !reflect.DeepEqual(got, res.Clusters) {
		t.Errorf("stages: %+v\nscan: %+v", got, res.Clusters)
	}
	// A threshold at which several clusters of the seeds' boilerplate and
	// quotes form, too.
	o.Threshold = 0.1
	res, err = Scan(context.Background(), []string{seeds}, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := runStages(t, files, o); !reflect.DeepEqual(got, res.Clusters) {
		t.Errorf("threshold 0.1: stages %+v\nscan %+v", got, res.Clusters)
	}
}
