package marsad

import (
	"errors"
	"fmt"
)

// Error codes shared by the adapters; the http package maps them to status codes.
const (
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	ECONFLICT       = "conflict"
	EUNAUTHORIZED   = "unauthorized"
	ETOOLARGE       = "too_large"
	EINTERNAL       = "internal"
	ENOTIMPLEMENTED = "not_implemented"
)

// Error is an application error with a code and a message fit for users.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return fmt.Sprintf("marsad: %s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// "Internal error." for any other error.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	}
	return "Internal error."
}
