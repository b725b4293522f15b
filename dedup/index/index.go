// Package index stores what dedup has seen before, so that a check of a new
// drop of files does not re-read the archive: for every document its
// location and title, a content hash, its LSH band keys and a compact
// shingle set for exact verification.
//
// # File format (version 1)
//
// One file, little-endian:
//
//	magic "DEDUPIDX" | version uint32 | params length uint32 | params JSON
//	| entry count uvarint | entries | xxhash64 of all preceding bytes
//
// An entry is: path, title (uvarint length + UTF-8), start line, end line
// (uvarint), content hash (uint64), added (unix seconds, varint), band keys
// (one uint64 per band), shingle count (uvarint) and the sorted shingle set
// as uvarint deltas.
//
// Shingle sets keep the upper 32 bits of each 64-bit shingle hash: 2 to 4
// bytes per shingle instead of 8. Two different shingles of a pair of
// 1,000-shingle documents share their upper 32 bits with probability about
// 2·10^-4, which moves a Jaccard similarity by at most one shingle in a
// thousand, so verification against the index is exact for every practical
// purpose and never re-reads indexed texts.
//
// # Safety
//
// [Write] writes a temporary file in the same directory, syncs it and
// renames it over the index, so a crash at any moment leaves either the old
// or the new index, never a mix. [Lock] takes an exclusive lock on a
// sidecar file so that two writers fail fast instead of losing an update.
// [Read] checks the magic, the version and the checksum before trusting a
// byte, and reports a foreign, truncated or corrupted file as an error; it
// never panics on input (FuzzRead).
//
// The format is stable within a version: a reader refuses versions it does
// not know. Params record everything that changes band keys or shingles, so
// a check with other parameters is refused ([Params.Compatible]).
package index

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"

	"github.com/cespare/xxhash/v2"
	"github.com/gofrs/flock"
)

// Errors returned by this package, possibly wrapped.
var (
	ErrNotIndex = errors.New("not a dedup index file")
	ErrVersion  = errors.New("index file version not supported")
	ErrCorrupt  = errors.New("index file is corrupt")
	ErrLocked   = errors.New("index is locked by another dedup process")
	ErrParams   = errors.New("index parameters differ")
)

const (
	magic   = "DEDUPIDX"
	version = 1
)

// Params are the scan parameters an index was built with.
type Params struct {
	K             int    `json:"k"`
	NumHashes     int    `json:"num_hashes"`
	Bands         int    `json:"bands"`
	Rows          int    `json:"rows"`
	Seed          uint64 `json:"seed"`
	Normalization int    `json:"normalization"`
	Split         string `json:"split"`
	WithHeaders   bool   `json:"with_headers"`
}

// Compatible reports an error naming the first parameter in which q differs
// from p: documents indexed with other parameters cannot be compared.
func (p Params) Compatible(q Params) error {
	type field struct {
		name string
		a, b any
	}
	for _, f := range []field{
		{"shingle size", p.K, q.K}, {"number of hashes", p.NumHashes, q.NumHashes},
		{"bands", p.Bands, q.Bands}, {"rows", p.Rows, q.Rows}, {"seed", p.Seed, q.Seed},
		{"normalization version", p.Normalization, q.Normalization}, {"split", p.Split, q.Split},
		{"with-headers", p.WithHeaders, q.WithHeaders},
	} {
		if f.a != f.b {
			return fmt.Errorf("%w: the index has %s %v, this run uses %v", ErrParams, f.name, f.a, f.b)
		}
	}
	return nil
}

// Entry is one indexed document.
type Entry struct {
	Path        string
	StartLine   int
	EndLine     int
	Title       string
	ContentHash uint64
	Added       int64    // unix seconds
	Keys        []uint64 // LSH band keys
	Set         []uint32 // sorted distinct upper halves of shingle hashes
}

// Index is the content of an index file. The zero Index is empty and has no
// parameters yet.
type Index struct {
	Params  Params
	Entries []Entry
}

// Truncate returns the sorted distinct upper 32 bits of sorted 64-bit
// shingle hashes, the form stored in an Entry.
func Truncate(hashes []uint64) []uint32 {
	out := make([]uint32, 0, len(hashes))
	for _, h := range hashes {
		out = append(out, uint32(h>>32))
	}
	slices.Sort(out) // already sorted when hashes are; cheap then
	return slices.Compact(out)
}

// Jaccard returns |a∩b|/|a∪b| of two sorted sets without repeats: the
// index's 32-bit sets or full 64-bit shingle sets. Two empty sets have
// similarity 0.
func Jaccard[T uint32 | uint64](a, b []T) float64 {
	inter := Intersection(a, b)
	if u := len(a) + len(b) - inter; u > 0 {
		return float64(inter) / float64(u)
	}
	return 0
}

// Intersection returns |a∩b| of two sorted sets without repeats.
func Intersection[T uint32 | uint64](a, b []T) int {
	// A short set against a much longer one (an article against a long
	// page): look each of its members up by binary search instead of
	// walking the long one.
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a)*32 < len(b) {
		inter := 0
		rest := b
		for _, x := range a {
			k, found := slices.BinarySearch(rest, x)
			if found {
				inter++
			}
			rest = rest[k:]
		}
		return inter
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return inter
}

// Encode returns the file bytes of ix.
func Encode(ix *Index) ([]byte, error) {
	var b []byte
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint32(b, version)
	params, err := json.Marshal(ix.Params)
	if err != nil {
		return nil, err
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(params)))
	b = append(b, params...)
	b = binary.AppendUvarint(b, uint64(len(ix.Entries)))
	for i := range ix.Entries {
		e := &ix.Entries[i]
		if len(e.Keys) != ix.Params.Bands {
			return nil, fmt.Errorf("entry %s:%d has %d band keys, the index %d", e.Path, e.StartLine, len(e.Keys), ix.Params.Bands)
		}
		b = appendString(b, e.Path)
		b = appendString(b, e.Title)
		b = binary.AppendUvarint(b, uint64(e.StartLine))
		b = binary.AppendUvarint(b, uint64(e.EndLine))
		b = binary.LittleEndian.AppendUint64(b, e.ContentHash)
		b = binary.AppendVarint(b, e.Added)
		for _, k := range e.Keys {
			b = binary.LittleEndian.AppendUint64(b, k)
		}
		b = binary.AppendUvarint(b, uint64(len(e.Set)))
		prev := uint32(0)
		for i, v := range e.Set {
			if i > 0 && v <= prev {
				return nil, fmt.Errorf("entry %s:%d: shingle set not sorted", e.Path, e.StartLine)
			}
			b = binary.AppendUvarint(b, uint64(v-prev))
			prev = v
		}
	}
	return binary.LittleEndian.AppendUint64(b, xxhash.Sum64(b)), nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// Decode parses index file bytes.
func Decode(data []byte) (*Index, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, ErrNotIndex
	}
	if len(data) < len(magic)+4+8 {
		return nil, fmt.Errorf("%w: truncated", ErrCorrupt)
	}
	if v := binary.LittleEndian.Uint32(data[len(magic):]); v != version {
		return nil, fmt.Errorf("%w: version %d, this dedup reads version %d", ErrVersion, v, version)
	}
	body, sum := data[:len(data)-8], binary.LittleEndian.Uint64(data[len(data)-8:])
	if xxhash.Sum64(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch (truncated or modified)", ErrCorrupt)
	}
	r := &reader{b: body[len(magic)+4:]}
	n := int(r.u32())
	ix := &Index{}
	if raw := r.bytes(n); r.err == nil {
		if err := json.Unmarshal(raw, &ix.Params); err != nil {
			return nil, fmt.Errorf("%w: parameters: %v", ErrCorrupt, err)
		}
	}
	if ix.Params.Bands < 0 || ix.Params.Bands > 4096 {
		return nil, fmt.Errorf("%w: %d bands", ErrCorrupt, ix.Params.Bands)
	}
	count := r.uvarint()
	// Every entry takes at least a dozen bytes: a bound against absurd
	// counts before allocating.
	if r.err == nil && count > uint64(len(r.b)) {
		return nil, fmt.Errorf("%w: %d entries in %d bytes", ErrCorrupt, count, len(r.b))
	}
	ix.Entries = make([]Entry, 0, count)
	for i := uint64(0); i < count && r.err == nil; i++ {
		var e Entry
		e.Path = r.string()
		e.Title = r.string()
		e.StartLine = r.int()
		e.EndLine = r.int()
		e.ContentHash = r.u64()
		e.Added = r.varint()
		e.Keys = make([]uint64, 0, ix.Params.Bands)
		for range ix.Params.Bands {
			e.Keys = append(e.Keys, r.u64())
		}
		ns := r.uvarint()
		if ns > uint64(len(r.b)) {
			r.fail("shingle count")
			break
		}
		e.Set = make([]uint32, 0, ns)
		prev := uint64(0)
		for j := uint64(0); j < ns; j++ {
			d := r.uvarint()
			if j > 0 && d == 0 || prev+d > math.MaxUint32 {
				r.fail("shingle set")
				break
			}
			prev += d
			e.Set = append(e.Set, uint32(prev))
		}
		ix.Entries = append(ix.Entries, e)
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return nil, r.err
	}
	return ix, nil
}

// reader decodes with bounds checks; the first problem sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: bad %s", ErrCorrupt, what)
	}
	r.b = nil
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		r.fail("length")
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("number")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// varint reads a zig-zag encoded signed number, as binary.AppendVarint
// writes it.
func (r *reader) varint() int64 {
	u := r.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

func (r *reader) int() int {
	v := r.uvarint()
	if v > math.MaxInt32 {
		r.fail("line number")
		return 0
	}
	return int(v)
}

func (r *reader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail("string")
		return ""
	}
	return string(r.bytes(int(n)))
}

// Read loads the index at path. A missing file is an empty index with no
// parameters (os.ErrNotExist is not returned), so the first `index add`
// creates it.
func Read(path string) (*Index, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return &Index{}, nil
	}
	if err != nil {
		return nil, err
	}
	ix, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return ix, nil
}

// Write replaces the index at path atomically.
func Write(path string, ix *Index) error {
	data, err := Encode(ix)
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, data)
}

// WriteFileAtomic replaces path with data so that a crash leaves either the
// old or the new content: temporary file in the same directory, fsync,
// rename, fsync of the directory. The file keeps the mode of the file it
// replaces (0644 when new), not CreateTemp's private 0600.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// Lock takes the exclusive writer lock of the index at path, failing at once
// with ErrLocked when another process holds it.
func Lock(path string) (unlock func(), err error) {
	l := flock.New(path + ".lock")
	ok, err := l.TryLock()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrLocked
	}
	// With the lock held no writer is mid-write, so temporary files left
	// next to the index are from a writer that was killed: remove them.
	if stale, err := filepath.Glob(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")); err == nil {
		for _, f := range stale {
			os.Remove(f)
		}
	}
	return func() { l.Unlock() }, nil
}

// Key identifies a document an index has seen: the same text (content hash)
// at the same path.
type Key struct {
	Path        string
	ContentHash uint64
}

// Seen returns the keys of all entries.
func (ix *Index) Seen() map[Key]bool {
	seen := make(map[Key]bool, len(ix.Entries))
	for _, e := range ix.Entries {
		seen[Key{e.Path, e.ContentHash}] = true
	}
	return seen
}

// Fits reports whether documents analysed with p can be compared with or
// added to ix: always for a new, empty index, otherwise when p is
// [Params.Compatible] with the index's parameters.
func (ix *Index) Fits(p Params) error {
	if len(ix.Entries) == 0 && ix.Params == (Params{}) {
		return nil
	}
	return ix.Params.Compatible(p)
}

// Size is the encoded size of ix in bytes.
func Size(ix *Index) int {
	b, err := Encode(ix)
	if err != nil {
		return 0
	}
	return len(b)
}
