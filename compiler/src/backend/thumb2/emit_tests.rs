//! Encoder tests (filled in below).
