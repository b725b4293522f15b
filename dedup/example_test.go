package dedup_test

import (
	"context"
	"fmt"

	"github.com/dedup/dedup/dedup"
)

func ExampleScan() {
	res, err := dedup.Scan(context.Background(), []string{"../seeds"}, dedup.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range res.Clusters {
		for _, m := range c.Members {
			fmt.Printf("%s:%d-%d %.2f %s\n", m.Path, m.StartLine, m.EndLine, m.Similarity, m.Title)
		}
	}
	// Output:
	// ../seeds/002_faa7436319fd51a6.txt:84-108 1.00 Why ISIS-K Hates Putin—and Went After Moscow
	// ../seeds/002_faa7436319fd51a6.txt:109-131 1.00 What is ISIS-K, the group claiming the Moscow concert attack?
}
