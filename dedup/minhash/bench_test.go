package minhash

import (
	"os"
	"strings"
	"testing"

	"github.com/dedup/dedup/shingle"
)

var benchTexts = func() []struct{ name, text string } {
	data, err := os.ReadFile("../../seeds/002_faa7436319fd51a6.txt")
	if err != nil {
		panic(err)
	}
	all := string(data)
	return []struct{ name, text string }{
		{"short", all[:600]}, {"article", all[:8000]}, {"book", strings.Repeat(all, 8)},
	}
}()

// BenchmarkSign measures shingling plus signing, per input byte, so that
// its MB/s compares directly with shingle's BenchmarkFloor.
func BenchmarkSign(b *testing.B) {
	h := New(DefaultNum, DefaultSeed)
	for _, size := range benchTexts {
		b.Run(size.name, func(b *testing.B) {
			var sh shingle.Shingler
			var hashes []uint64
			sig := make(Signature, h.Num())
			b.SetBytes(int64(len(size.text)))
			b.ReportAllocs()
			for b.Loop() {
				sh.Reset()
				sh.Add(size.text)
				hashes = sh.Hashes(shingle.DefaultK, hashes[:0])
				h.SignInto(sig, hashes)
			}
		})
	}
}

// BenchmarkSignOnly is the MinHash step alone, per shingle.
func BenchmarkSignOnly(b *testing.B) {
	h := New(DefaultNum, DefaultSeed)
	hashes := shingle.Hashes(benchTexts[1].text, shingle.DefaultK)
	sig := make(Signature, h.Num())
	b.ReportAllocs()
	for b.Loop() {
		h.SignInto(sig, hashes)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(hashes)), "ns/shingle")
}

func benchHashes() []uint64 { return shingle.Hashes(benchTexts[1].text, shingle.DefaultK) }

// BenchmarkSignKPerm is classic 128-permutation MinHash on the same input as
// BenchmarkSignOnly, the baseline the one-permutation signatures replaced.
func BenchmarkSignKPerm(b *testing.B) {
	hashes := benchHashes()
	b.ReportAllocs()
	for b.Loop() {
		signKPerm(DefaultNum, DefaultSeed, hashes)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(hashes)), "ns/shingle")
}
