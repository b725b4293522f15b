package shingle

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// benchSizes are the inputs every benchmark runs over: a short wire item,
// a news article, and a book-length text, all real English from the seeds.
var benchSizes = func() []struct {
	name string
	text string
} {
	data, err := os.ReadFile("../seeds/002_faa7436319fd51a6.txt")
	if err != nil {
		panic(err)
	}
	all := string(data)
	article := all[:8000]
	return []struct {
		name string
		text string
	}{
		{"short", all[:600]},
		{"article", article},
		{"book", strings.Repeat(all, 8)},
	}
}()

// BenchmarkFloor is the work every signature needs: normalise, tokenise
// and hash every k-shingle. Signing is measured against it.
func BenchmarkFloor(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			var sh Shingler
			var dst []uint64
			b.SetBytes(int64(len(size.text)))
			b.ReportAllocs()
			for b.Loop() {
				sh.Reset()
				sh.Add(size.text)
				dst = sh.Hashes(DefaultK, dst[:0])
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(size.text)))
			b.ReportAllocs()
			for b.Loop() {
				_ = Normalize(size.text)
			}
		})
	}
}

func ExampleWords() {
	fmt.Println(Words("ISIS-K \u201cdoesn\u2019t\u201d stop\u2014ever."))
	// Output: [isis k doesn't stop ever]
}

func ExampleHashes() {
	fmt.Printf("%#x\n", Hashes("The quick brown fox jumps over", 5))
	// Output: [0x6c3482ce6d00f490 0x4285a187da3be44a]
}
