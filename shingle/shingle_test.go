package shingle

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

func TestNormalize(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"ascii case", "Hello WORLD", "hello world"},
		{"curly apostrophe", "doesn\u2019t", "doesn't"},
		{"curly double quotes", "\u201cquoted\u201d", `"quoted"`},
		{"low and guillemet quotes", "\u201ej\u201c \u00abx\u00bb", `"j" "x"`},
		{"em and en dash", "a\u2014b\u2013c", "a-b-c"},
		{"minus sign", "\u22125", "-5"},
		{"nfkc ligature", "\ufb01ne", "fine"},
		{"nfkc fullwidth", "\uff21\uff22\uff23", "abc"},
		{"nfkc superscript", "x\u00b2", "x2"},
		{"composed accent", "Cafe\u0301", "caf\u00e9"},
		{"full case folding", "STRASSE Stra\u00dfe", "strasse strasse"},
		{"greek final sigma", "\u039f\u0394\u039f\u03a3 \u03bf\u03b4\u03bf\u03c2", "\u03bf\u03b4\u03bf\u03c3 \u03bf\u03b4\u03bf\u03c3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"punctuation only", " -- ... !? ", nil},
		{"simple", "The quick, brown fox.", []string{"the", "quick", "brown", "fox"}},
		{"apostrophe inside word kept", "Russia\u2019s doesn't", []string{"russia's", "doesn't"}},
		{"apostrophe at edges dropped", "'quoted' rock'n'roll '", []string{"quoted", "rock'n'roll"}},
		{"double apostrophe splits", "a''b", []string{"a", "b"}},
		{"hyphen splits", "ISIS-K al\u2014Qaida", []string{"isis", "k", "al", "qaida"}},
		{"digits", "killed 137 people in 2024", []string{"killed", "137", "people", "in", "2024"}},
		{"curly and straight quotes agree", "\u201cISIS bears sole responsibility\u201d", []string{"isis", "bears", "sole", "responsibility"}},
		{"cyrillic", "\u041c\u043e\u0441\u043a\u0432\u0430, \u0420\u043e\u0441\u0441\u0438\u044f", []string{"\u043c\u043e\u0441\u043a\u0432\u0430", "\u0440\u043e\u0441\u0441\u0438\u044f"}},
		{"thai one word per character", "\u0e01\u0e02\u0e04 abc", []string{"\u0e01", "\u0e02", "\u0e04", "abc"}},
		{"han one word per character", "\u6771\u4eac\u90fd abc", []string{"\u6771", "\u4eac", "\u90fd", "abc"}},
		{"devanagari marks stay in word", "\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u0941\u0928\u093f\u092f\u093e", []string{"\u0928\u092e\u0938\u094d\u0924\u0947", "\u0926\u0941\u0928\u093f\u092f\u093e"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Words(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestKnownHashes pins the hash of shingles. If it fails, normalisation or
// hashing changed: every saved index is invalid, so bump Version.
func TestKnownHashes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		k    int
		want []uint64
	}{
		{"", 5, nil},
		{"one", 5, []uint64{0x363b02a42408a1f6}},
		{"The quick brown fox jumps", 5, []uint64{0x6c3482ce6d00f490}},
		{"The \u201cquick\u201d brown\u2014fox JUMPS over", 5, []uint64{0x6c3482ce6d00f490, 0x4285a187da3be44a}},
		{"Russia\u2019s war", 5, []uint64{0x6155465b650a66cf}},
	}
	for _, tc := range tests {
		if got := Hashes(tc.in, tc.k); !slices.Equal(got, tc.want) {
			t.Errorf("Hashes(%q, %d) = %#x, want %#x", tc.in, tc.k, got, tc.want)
		}
		// The rule in the package doc, written the obvious way.
		if got := specHashes(tc.in, tc.k); !slices.Equal(got, tc.want) {
			t.Errorf("spec hashes of %q = %#x, want %#x", tc.in, got, tc.want)
		}
	}
}

// specHashes is the shingle rule written the slow, obvious way.
func specHashes(s string, k int) []uint64 {
	w := Words(s)
	if len(w) == 0 {
		return nil
	}
	if len(w) < k {
		return []uint64{xxhash.Sum64String(strings.Join(w, " "))}
	}
	var out []uint64
	for i := 0; i+k <= len(w); i++ {
		out = append(out, xxhash.Sum64String(strings.Join(w[i:i+k], " ")))
	}
	return out
}

func TestShinglerAcrossLines(t *testing.T) {
	t.Parallel()
	var a, b Shingler
	a.Add("one two three")
	a.Add("four five six")
	b.Add("one two three four five six")
	ha, hb := a.Hashes(3, nil), b.Hashes(3, nil)
	if !slices.Equal(ha, hb) || len(ha) != 4 {
		t.Errorf("line wrapping changed shingles: %x vs %x", ha, hb)
	}
	a.Reset()
	if a.Len() != 0 || a.Hashes(3, nil) != nil {
		t.Errorf("Reset left words behind")
	}
}

func TestFewerWordsThanK(t *testing.T) {
	t.Parallel()
	for n := 1; n < 5; n++ {
		text := strings.Repeat("w ", n)
		if got := Hashes(text, 5); len(got) != 1 {
			t.Errorf("%d words, k=5: %d shingles, want 1", n, len(got))
		}
	}
	if got := Hashes("a b c d e f", 5); len(got) != 2 {
		t.Errorf("6 words, k=5: %d shingles, want 2", len(got))
	}
	if got := Hashes("a b", 0); len(got) != 2 {
		t.Errorf("k=0 is treated as 1: got %d shingles", len(got))
	}
}

func FuzzShingle(f *testing.F) {
	for _, s := range []string{"", "The quick brown fox", "doesn\u2019t \u201cstop\u201d\u2014ever", "\u6771\u4eac a'b'c", "\xff\xfe bad", "''''"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, k int) {
		k = k%8 + 1
		if k < 1 {
			k += 8
		}
		w := Words(s)
		for _, word := range w {
			if word == "" || strings.ContainsAny(word, " \t\n") {
				t.Fatalf("bad word %q in %q", word, s)
			}
		}
		got := Hashes(s, k)
		if want := specHashes(s, k); !slices.Equal(got, want) {
			t.Fatalf("Hashes(%q,%d) = %x, spec %x", s, k, got, want)
		}
		if utf8.ValidString(s) {
			// Normalisation is idempotent on words.
			if again := Words(Normalize(s)); !slices.Equal(again, w) {
				t.Fatalf("Words not stable under Normalize: %q -> %q vs %q", s, w, again)
			}
		}
	})
}
