package event

// Ahead exposes ahead to the external tests.
var Ahead = ahead
