//go:build unix

package rawfile

import (
	"io"
	"io/fs"
	"syscall"
)

// File is an open file, read with plain system calls.
type File struct {
	fd   int
	path string
}

// Open opens path for reading.
func Open(path string) (*File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return &File{fd: fd, path: path}, nil
	}
}

// Size returns the file's size.
func (f *File) Size() (int64, error) {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		return 0, &fs.PathError{Op: "stat", Path: f.path, Err: err}
	}
	return st.Size, nil
}

// Read reads up to len(p) bytes; it returns 0, io.EOF at the end of the
// file.
func (f *File) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, &fs.PathError{Op: "read", Path: f.path, Err: err}
		}
		if n == 0 && len(p) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// ReadAt reads len(p) bytes from offset off, as [io.ReaderAt]: fewer bytes
// come only with an error, io.EOF if the file ends first.
func (f *File) ReadAt(p []byte, off int64) (int, error) {
	done := 0
	for done < len(p) {
		n, err := syscall.Pread(f.fd, p[done:], off+int64(done))
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return done, &fs.PathError{Op: "read", Path: f.path, Err: err}
		}
		if n == 0 {
			return done, io.EOF
		}
		done += n
	}
	return done, nil
}

// Close closes the file.
func (f *File) Close() error {
	if err := syscall.Close(f.fd); err != nil {
		return &fs.PathError{Op: "close", Path: f.path, Err: err}
	}
	return nil
}
