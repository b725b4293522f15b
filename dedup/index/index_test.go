package index

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/cespare/xxhash/v2"
)

func sample() *Index {
	return &Index{
		Params: Params{K: 5, NumHashes: 128, Bands: 2, Rows: 7, Seed: 1, Normalization: 1, Split: "auto"},
		Entries: []Entry{
			{Path: "seeds/002_faa7436319fd51a6.txt", StartLine: 84, EndLine: 108, Title: "Why ISIS-K Hates Putin—and Went After Moscow",
				ContentHash: 0xdeadbeef, Added: 1700000000, Keys: []uint64{1, 2}, Set: []uint32{3, 9, 4000000000}},
			{Path: "a.txt", StartLine: 1, EndLine: 1, Keys: []uint64{5, 6}, Set: []uint32{}},
		},
	}
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	data, err := Encode(sample())
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sample()) {
		t.Errorf("round trip:\n%+v\nwant\n%+v", got, sample())
	}
}

func TestDecodeRejects(t *testing.T) {
	t.Parallel()
	good, _ := Encode(sample())
	flip := append([]byte{}, good...)
	flip[len(flip)/2] ^= 0x10
	v2 := append([]byte{}, good...)
	v2[8] = 2
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotIndex},
		{"foreign", []byte("{\"schema_version\":1}"), ErrNotIndex},
		{"truncated", good[:len(good)-5], ErrCorrupt},
		{"header only", good[:14], ErrCorrupt},
		{"bit flipped", flip, ErrCorrupt},
		{"future version", v2, ErrVersion},
	}
	for _, tc := range tests {
		if _, err := Decode(tc.data); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestWriteReadLock(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "seen.idx")
	empty, err := Read(path)
	if err != nil || len(empty.Entries) != 0 {
		t.Fatalf("missing index: %v %+v", err, empty)
	}
	unlock, err := Lock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(path); !errors.Is(err, ErrLocked) {
		t.Errorf("second writer: err = %v, want ErrLocked", err)
	}
	if err := Write(path, sample()); err != nil {
		t.Fatal(err)
	}
	unlock()
	if u, err := Lock(path); err != nil {
		t.Errorf("lock after unlock: %v", err)
	} else {
		u()
	}
	got, err := Read(path)
	if err != nil || !reflect.DeepEqual(got, sample()) {
		t.Errorf("read back: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if e.Name() != "seen.idx" && e.Name() != "seen.idx.lock" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestCompatible(t *testing.T) {
	t.Parallel()
	p := sample().Params
	q := p
	if err := p.Compatible(q); err != nil {
		t.Error(err)
	}
	q.K = 4
	if err := p.Compatible(q); !errors.Is(err, ErrParams) || err.Error() != "index parameters differ: the index has shingle size 5, this run uses 4" {
		t.Errorf("err = %v", err)
	}
}

func TestTruncateJaccard(t *testing.T) {
	t.Parallel()
	a := Truncate([]uint64{1 << 32, 2 << 32, 2<<32 | 5, 3 << 32})
	if !reflect.DeepEqual(a, []uint32{1, 2, 3}) {
		t.Errorf("Truncate = %v", a)
	}
	if j := Jaccard(a, []uint32{2, 3, 4}); j != 0.5 {
		t.Errorf("Jaccard = %v", j)
	}
}

// FuzzDecode: Decode never panics, and what decodes re-encodes to the same
// bytes.
func FuzzDecode(f *testing.F) {
	good, _ := Encode(sample())
	f.Add(good)
	f.Add([]byte("DEDUPIDX"))
	f.Add(good[:20])
	f.Fuzz(func(t *testing.T, data []byte) {
		// Also parse the bytes with a valid checksum, so the fuzzer
		// reaches the parser behind the checksum.
		if len(data) > 8 {
			body := data[:len(data)-8]
			_, _ = Decode(binary.LittleEndian.AppendUint64(append([]byte{}, body...), xxhash.Sum64(body)))
		}
		ix, err := Decode(data)
		if err != nil {
			return
		}
		again, err := Encode(ix)
		if err != nil {
			t.Fatalf("decoded index does not encode: %v", err)
		}
		ix2, err := Decode(again)
		if err != nil || !reflect.DeepEqual(ix, ix2) {
			t.Fatalf("decode-encode-decode unstable: %v", err)
		}
	})
}

func TestWriteKeepsMode(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "seen.idx")
	if err := Write(path, sample()); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("new index mode %v, want 0644", st.Mode().Perm())
	}
	os.Chmod(path, 0o600)
	if err := Write(path, sample()); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("rewritten index mode %v, want the old 0600", st.Mode().Perm())
	}
}

// TestIntersectionUneven: the binary-search path for very uneven sizes
// counts what the merge does.
func TestIntersectionUneven(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2))
	for trial := 0; trial < 200; trial++ {
		set := func(n int) []uint64 {
			m := map[uint64]bool{}
			for len(m) < n {
				m[uint64(r.IntN(5000))] = true
			}
			out := make([]uint64, 0, n)
			for k := range m {
				out = append(out, k)
			}
			slices.Sort(out)
			return out
		}
		a, b := set(1+r.IntN(20)), set(1000+r.IntN(2000))
		want := 0
		in := map[uint64]bool{}
		for _, x := range b {
			in[x] = true
		}
		for _, x := range a {
			if in[x] {
				want++
			}
		}
		if got, got2 := Intersection(a, b), Intersection(b, a); got != want || got2 != want {
			t.Fatalf("Intersection = %d, %d; want %d", got, got2, want)
		}
	}
}
