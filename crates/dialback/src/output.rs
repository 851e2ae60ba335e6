//! Printing list lines: a reader that stops early (`dialback plans list | head`) closes
//! the pipe, and the command then exits quietly instead of panicking as `println!` does.

use std::io::{ErrorKind, Write};

/// Writes one line to standard output; on a closed pipe, exits with status 0.
pub fn line(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        Err(error) => Err(error.into()),
    }
}
