//go:build !unix

package rawfile

import "os"

// File is an open file; on this system, an os.File.
type File struct{ f *os.File }

// Open opens path for reading.
func Open(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &File{f}, nil
}

// Size returns the file's size.
func (f *File) Size() (int64, error) {
	st, err := f.f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// Read reads up to len(p) bytes; it returns 0, io.EOF at the end of the
// file.
func (f *File) Read(p []byte) (int, error) { return f.f.Read(p) }

// ReadAt reads len(p) bytes from offset off, as [io.ReaderAt]: fewer bytes
// come only with an error, io.EOF if the file ends first.
func (f *File) ReadAt(p []byte, off int64) (int, error) { return f.f.ReadAt(p, off) }

// Close closes the file.
func (f *File) Close() error { return f.f.Close() }
