package clean

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	utf16 "golang.org/x/text/encoding/unicode"
)

// Errors of Decode; the cleaner wraps them with the article's source.
var (
	ErrEmpty    = errors.New("empty article")
	ErrBinary   = errors.New("binary file, not text")
	ErrEncoding = errors.New("not text in a known encoding (UTF-8, UTF-16, Windows-1256)")
)

// Decode turns the raw bytes of an article into UTF-8 text with "\n" line
// ends. It understands UTF-8 with or without a byte order mark, UTF-16
// with a byte order mark (or recognisably without one), and Windows-1256,
// which is detected when the bytes are not UTF-8 but decode to mostly
// Arabic under it. note says which decoding was guessed, for a warning.
func Decode(b []byte) (text, note string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b, utf16.ExpectBOM, "")
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", ErrEmpty
	}
	if bytes.IndexByte(b, 0) >= 0 {
		if o := utf16Order(b); o != nil {
			return decodeUTF16(b, utf16.IgnoreBOM, "decoded as UTF-16 without a byte order mark", o...)
		}
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		s := string(b)
		if controlShare(s) > 0.1 {
			return "", "", ErrBinary
		}
		return lines(s), "", nil
	}
	s, err := charmap.Windows1256.NewDecoder().String(string(b))
	if err == nil && arabicShare(s) >= 0.5 && controlShare(s) < 0.05 {
		return lines(s), "decoded as Windows-1256", nil
	}
	if controlShare(string(bytes.ToValidUTF8(b, nil))) > 0.1 {
		return "", "", ErrBinary
	}
	return "", "", ErrEncoding
}

// utf16Order guesses the byte order of UTF-16 text without a BOM: Arabic
// and ASCII code units have a zero or 0x06 high byte.
func utf16Order(b []byte) []utf16.Endianness {
	if len(b) < 4 || len(b)%2 != 0 {
		return nil
	}
	var le, be int
	n := min(len(b), 4096)
	for i := 0; i+1 < n; i += 2 {
		if b[i+1] == 0 || b[i+1] == 0x06 {
			le++
		}
		if b[i] == 0 || b[i] == 0x06 {
			be++
		}
	}
	half := n / 2
	switch {
	case le*10 >= half*9:
		return []utf16.Endianness{utf16.LittleEndian}
	case be*10 >= half*9:
		return []utf16.Endianness{utf16.BigEndian}
	}
	return nil
}

func decodeUTF16(b []byte, bom utf16.BOMPolicy, note string, order ...utf16.Endianness) (string, string, error) {
	e := utf16.LittleEndian
	if len(order) > 0 {
		e = order[0]
	} else if bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		e = utf16.BigEndian
	}
	s, err := utf16.UTF16(e, bom).NewDecoder().String(string(b))
	if err != nil {
		return "", "", fmt.Errorf("%w: bad UTF-16: %v", ErrEncoding, err)
	}
	if len(bytes.TrimSpace([]byte(s))) == 0 {
		return "", "", ErrEmpty
	}
	if controlShare(s) > 0.1 {
		return "", "", ErrBinary
	}
	return lines(s), note, nil
}

// lines normalises line ends to "\n".
func lines(s string) string {
	if !bytes.ContainsRune([]byte(s), '\r') {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b = append(b, '\n')
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// controlShare is the share of control characters (other than white
// space) among the first 64 KiB of s: high for binary files.
func controlShare(s string) float64 {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	var n, c int
	for _, r := range s {
		n++
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v') {
			c++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(c) / float64(n)
}

// arabicShare is the share of Arabic letters among the letters of the
// first 64 KiB of s.
func arabicShare(s string) float64 {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	var letters, ar int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				ar++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(ar) / float64(letters)
}
