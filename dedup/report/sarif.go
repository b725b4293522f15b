package report

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/dedup/dedup/dedup"
)

// SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/)
// types, only the parts dedup writes.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool    sarifTool     `json:"tool"`
		Results []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string       `json:"id"`
		Name             string       `json:"name"`
		ShortDescription sarifMessage `json:"shortDescription"`
		FullDescription  sarifMessage `json:"fullDescription"`
		DefaultConfig    struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		BaselineState       string            `json:"baselineState"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine int `json:"startLine"`
			EndLine   int `json:"endLine"`
		} `json:"region"`
	}
)

const ruleID = "near-duplicate"

func sarifLoc(m dedup.FindingMember) sarifLocation {
	var l sarifLocation
	l.PhysicalLocation.ArtifactLocation.URI = strings.TrimPrefix(m.Path, "./")
	l.PhysicalLocation.Region.StartLine = m.StartLine
	l.PhysicalLocation.Region.EndLine = m.EndLine
	return l
}

// SARIF writes r as a SARIF 2.1.0 log: one result per new document of each
// finding, located at that document's lines, with the other members as
// related locations. Findings accepted by the baseline have baselineState
// "unchanged" and level "note"; the others "new" and "warning".
func SARIF(w io.Writer, r *dedup.CheckResult, version string) error {
	rule := sarifRule{
		ID:               ruleID,
		Name:             "NearDuplicate",
		ShortDescription: sarifMessage{"Near-duplicate text"},
		FullDescription:  sarifMessage{"A document whose word-shingle Jaccard similarity to another document is at or above the threshold."},
	}
	rule.DefaultConfig.Level = "warning"
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:    sarifTool{Driver: sarifDriver{Name: "dedup", Version: version, Rules: []sarifRule{rule}}},
			Results: []sarifResult{},
		}},
	}
	for _, f := range r.Findings {
		for _, m := range f.Members {
			if !m.New {
				continue
			}
			res := sarifResult{
				RuleID: ruleID, Level: "warning", BaselineState: "new",
				Message:             sarifMessage{describe(f, m)},
				Locations:           []sarifLocation{sarifLoc(m)},
				PartialFingerprints: map[string]string{"dedupContentHashes/v1": strings.Join(f.Key, ",") + "/" + m.ContentHash},
			}
			if f.Baselined {
				res.Level, res.BaselineState = "note", "unchanged"
			}
			id := 0
			for _, o := range f.Members {
				if o.Doc == m.Doc {
					continue
				}
				id++
				l := sarifLoc(o)
				l.ID = &[]int{id}[0]
				kind := "new copy"
				if !o.New {
					kind = "indexed document"
				}
				l.Message = &sarifMessage{kind + " " + o.Doc}
				res.RelatedLocations = append(res.RelatedLocations, l)
			}
			log.Runs[0].Results = append(log.Runs[0].Results, res)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}
