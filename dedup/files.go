package dedup

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	ignore "github.com/sabhiram/go-gitignore"

	"github.com/dedup/dedup/dedup/input"
)

// Errors reported for input paths, wrapped in *[FileError].
var (
	// ErrNoFiles means a directory held no file matching the include
	// patterns.
	ErrNoFiles = errors.New("no files to scan")
	// ErrNoInput means no path was given.
	ErrNoInput = errors.New("no input paths")
)

// FileError is a problem with one input file or path. The scan goes on
// without it.
type FileError struct {
	Path string
	Line int // 1-based, 0 if not about one line
	Err  error
	Hint string // what the user can do, if anything useful
}

// Error formats the problem as "path[:line]: problem".
func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *FileError) Unwrap() error { return e.Err }

func fileError(path string, err error) *FileError {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &FileError{Path: path, Err: err}
}

// Stdin is the path that names standard input ([Options.Stdin]).
const Stdin = "-"

// Files returns the files a scan of paths with o reads, sorted, and the
// problems with paths: what `dedup filter` copies back.
func Files(paths []string, o Options) ([]string, []*FileError) {
	return collectFiles(paths, o)
}

// collectFiles expands paths into the sorted, de-duplicated list of files to
// read. Files named directly are always read; files found in directories
// must match Include and not Exclude.
func collectFiles(paths []string, o Options) ([]string, []*FileError) {
	files, _, errs := collectFilesSizes(paths, o)
	return files, errs
}

// collectFilesSizes is collectFiles that also returns the total size of the
// files, for progress reports.
func collectFilesSizes(paths []string, o Options) ([]string, int64, []*FileError) {
	var files []string
	var total int64
	var errs []*FileError
	for _, p := range paths {
		if p == Stdin {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fileError(p, err))
			continue
		}
		if !info.IsDir() {
			files = append(files, filepath.ToSlash(p))
			total += info.Size()
			continue
		}
		before := len(files)
		ignore, ierr := loadIgnore(p)
		if ierr != nil {
			errs = append(errs, ierr)
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fileError(filepath.ToSlash(path), err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			rel, _ := filepath.Rel(p, path)
			rel = filepath.ToSlash(rel)
			if path != p && skipped(d, rel, ignore) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && matchAny(o.Exclude, d.Name(), rel) {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// Follow links to files; links to directories are not
				// walked (they could loop) and are skipped quietly.
				if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			if matchAny(o.Include, d.Name(), rel) && !matchAny(o.Exclude, d.Name(), rel) {
				files = append(files, filepath.ToSlash(path))
				// Sizes only feed the progress bar; a stat per file costs
				// a tenth of a second per 30,000 files, so skip it there.
				if o.Progress != nil {
					if info, err := d.Info(); err == nil {
						total += info.Size()
					}
				}
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fileError(filepath.ToSlash(p), err))
		}
		if len(files) == before {
			errs = append(errs, &FileError{Path: filepath.ToSlash(p), Err: ErrNoFiles,
				Hint: fmt.Sprintf("only files matching %s are read from directories; use --include to change that", strings.Join(o.Include, ", "))})
		}
	}
	slices.Sort(files)
	return slices.Compact(files), total, errs
}

// skipped reports whether a walk leaves out d, at rel below the folder
// walked: hidden files and folders (.git, editor backups) and what the
// folder's .dedupignore names.
func skipped(d fs.DirEntry, rel string, ign *ignore.GitIgnore) bool {
	if strings.HasPrefix(d.Name(), ".") {
		return true
	}
	if ign == nil {
		return false
	}
	if d.IsDir() {
		rel += "/"
	}
	return ign.MatchesPath(rel)
}

// IgnoreFile is read from the top of each directory scanned: gitignore
// syntax, patterns relative to that directory.
const IgnoreFile = ".dedupignore"

func loadIgnore(dir string) (*ignore.GitIgnore, *FileError) {
	path := filepath.Join(dir, IgnoreFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fileError(filepath.ToSlash(path), err)
	}
	return ignore.CompileIgnoreLines(strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")...), nil
}

// matchAny reports whether a glob matches a file's name or its path
// relative to the walked directory, each also without a compression
// extension (so *.txt matches a.txt.gz). Case is ignored: exports from
// news databases are often named "*.TXT", and *.txt is meant to read them.
func matchAny(globs []string, name, rel string) bool {
	if b := input.BaseName(name); b != name {
		if matchAny(globs, b, input.BaseName(rel)) {
			return true
		}
	}
	lname, lrel := strings.ToLower(name), strings.ToLower(rel)
	for _, g := range globs {
		lg := strings.ToLower(g)
		for _, m := range [][2]string{{g, name}, {g, rel}, {lg, lname}, {lg, lrel}} {
			if ok, _ := filepath.Match(m[0], m[1]); ok {
				return true
			}
		}
	}
	return false
}
