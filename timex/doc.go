// Package timex recognises and normalises Arabic temporal expressions:
// Gregorian dates in every regional month naming, Hijri dates (Umm
// al-Qura), weekdays and relative expressions resolved against the
// publication date, durations, times of day and sets (TIMEX3 values).
package timex
