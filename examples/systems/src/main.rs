use std::sync::Arc;
use std::thread;

use describe_derive::Describe;
use parking_lot::Mutex;
use smallvec::SmallVec;

#[derive(Describe)]
#[allow(dead_code)]
struct Stats {
    threads: usize,
    total: u64,
}

cfg_if::cfg_if! {
    if #[cfg(unix)] {
        fn process_id() -> i64 {
            // SAFETY: getpid has no preconditions and cannot fail.
            i64::from(unsafe { libc::getpid() })
        }
    } else {
        fn process_id() -> i64 {
            i64::from(std::process::id())
        }
    }
}

fn main() {
    let total = Arc::new(Mutex::new(0u64));
    let handles: Vec<_> = (1..=4u64)
        .map(|n| {
            let total = Arc::clone(&total);
            thread::spawn(move || *total.lock() += n)
        })
        .collect();
    for h in handles {
        h.join().expect("worker panicked");
    }

    // Up to 8 items stay on the stack.
    let mut small: SmallVec<[u64; 8]> = SmallVec::new();
    small.extend((0..5).map(|i| i * i));
    assert!(!small.spilled());

    let stats = Stats { threads: 4, total: *total.lock() };
    {
        let _guard = scopeguard::guard((), |_| println!("scope left"));
        println!("pid {} {} total={} squares={:?}", process_id(), Stats::describe(), stats.total, small);
    }
}
