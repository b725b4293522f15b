package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
)

// DefaultConfigFile is read from the working directory when --config is not
// given.
const DefaultConfigFile = ".dedup.toml"

// Config is the content of a .dedup.toml file. Every field is optional;
// command-line flags override it.
type Config struct {
	Threshold   *float64 `toml:"threshold"`
	ShingleSize *int     `toml:"shingle_size"`
	MinWords    *int     `toml:"min_words"`
	Split       *string  `toml:"split"`
	Include     []string `toml:"include"`
	Exclude     []string `toml:"exclude"`
	Index       string   `toml:"index"`
	Baseline    string   `toml:"baseline"`
	Format      string   `toml:"format"`

	path string // where it was read from, "" if nowhere
}

// loadConfig reads path, or .dedup.toml in the working directory when path
// is empty and that file exists. Unknown keys are an error, so a typo does
// not silently fall back to a default.
func loadConfig(path string) (*Config, error) {
	explicit := path != ""
	if !explicit {
		path = DefaultConfigFile
	}
	var c Config
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return &Config{}, nil
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("config %s: %w", path, pe.Err)
		}
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if undec := md.Undecoded(); len(undec) > 0 {
		return nil, fmt.Errorf("config %s: unknown key %q", path, undec[0].String())
	}
	if c.Split != nil && *c.Split != "auto" && *c.Split != "none" {
		return nil, fmt.Errorf("config %s: split must be auto or none (got %q)", path, *c.Split)
	}
	c.path = path
	return &c, nil
}

func (c *Config) applyPipeline(cmd *cobra.Command, p *pipelineFlags) {
	f := cmd.Flags()
	if c.Threshold != nil && !f.Changed("threshold") {
		p.d.Threshold = *c.Threshold
	}
	if c.ShingleSize != nil && !f.Changed("shingle-size") {
		p.d.ShingleSize = *c.ShingleSize
	}
	if c.MinWords != nil && !f.Changed("min-words") {
		p.d.MinWords = *c.MinWords
	}
	if c.Split != nil && !f.Changed("split") {
		p.split = *c.Split
	}
	if c.Include != nil && !f.Changed("include") {
		p.d.Include = c.Include
	}
	if c.Exclude != nil && !f.Changed("exclude") {
		p.d.Exclude = c.Exclude
	}
}

// stringSetting returns the flag's value if given, else the config's, else
// the flag's default.
func stringSetting(cmd *cobra.Command, flag string, value *string, fromConfig string) {
	if fromConfig != "" && !cmd.Flags().Changed(flag) {
		*value = fromConfig
	}
}

// indexSetting resolves --index from the flag or the configuration file;
// it is required.
func indexSetting(cmd *cobra.Command, cfg *Config, path *string) error {
	stringSetting(cmd, "index", path, cfg.Index)
	if *path == "" {
		return flagErrorf("--index is required (or index = \"...\" in %s)", DefaultConfigFile)
	}
	return nil
}

// formatSetting takes the output format from the configuration file when
// --format was not given, checking it against the command's formats.
func formatSetting(cmd *cobra.Command, cfg *Config, format *string, allowed []string) error {
	if cfg.Format == "" || cmd.Flags().Changed("format") {
		return nil
	}
	if !slices.Contains(allowed, cfg.Format) {
		return fmt.Errorf("config %s: format for %s must be one of %s (got %q)", cfg.path, cmd.Name(), strings.Join(allowed, ", "), cfg.Format)
	}
	*format = cfg.Format
	return nil
}

// configFromCmd loads the configuration named by --config.
func configFromCmd(cmd *cobra.Command) (*Config, error) {
	path, _ := cmd.Flags().GetString("config")
	return loadConfig(path)
}

// NewCmdConfig builds `dedup config`, which prints the effective settings.
func NewCmdConfig(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration",
		Long: `Print the settings in effect: defaults, overridden by .dedup.toml in the
working directory (or the file given with --config).`,
		Example: `  dedup config
  dedup config --config ci/dedup.toml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := configFromCmd(cmd)
			if err != nil {
				return err
			}
			eff := map[string]any{}
			d := dedup.DefaultOptions()
			eff["threshold"], eff["shingle_size"], eff["min_words"] = d.Threshold, d.ShingleSize, d.MinWords
			eff["split"], eff["include"], eff["exclude"] = "auto", d.Include, []string{}
			eff["index"], eff["baseline"], eff["format"] = "", "", "table"
			if cfg.Threshold != nil {
				eff["threshold"] = *cfg.Threshold
			}
			if cfg.ShingleSize != nil {
				eff["shingle_size"] = *cfg.ShingleSize
			}
			if cfg.MinWords != nil {
				eff["min_words"] = *cfg.MinWords
			}
			if cfg.Split != nil {
				eff["split"] = *cfg.Split
			}
			if cfg.Include != nil {
				eff["include"] = cfg.Include
			}
			if cfg.Exclude != nil {
				eff["exclude"] = cfg.Exclude
			}
			for k, v := range map[string]string{"index": cfg.Index, "baseline": cfg.Baseline, "format": cfg.Format} {
				if v != "" {
					eff[k] = v
				}
			}
			src := "defaults (no " + DefaultConfigFile + ")"
			if cfg.path != "" {
				src = cfg.path
			}
			fmt.Fprintf(ios.Out, "# effective configuration from %s\n", src)
			return toml.NewEncoder(ios.Out).Encode(eff)
		},
	}
}
