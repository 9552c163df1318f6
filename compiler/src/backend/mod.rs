//! Backends: Cranelift's own for the machine mpyc runs on, ours for Thumb-2, and our bytecode
//! (run by the runtime's VM, beside either).

pub mod bytecode;
pub mod host;
pub mod thumb2;

/// `one(i, item)` for each item of `items` that is `Some`, on as many threads as there are
/// cores (each takes the next item not yet taken), each with the compiler's stack; the
/// results are indexed like `items` (`None` where the item was). Functions are independent
/// once lowered, so both native backends compile them this way: the output does not depend
/// on the order.
pub(crate) fn on_every_core<T: Send, R: Send>(
    items: Vec<Option<T>>,
    one: impl Fn(usize, T) -> R + Sync,
) -> anyhow::Result<Vec<Option<R>>> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len().max(1));
    let slots: Vec<std::sync::Mutex<Option<T>>> = items.into_iter().map(std::sync::Mutex::new).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(slot) = slots.get(i) else { break done };
            let item = slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
            if let Some(item) = item {
                done.push((i, one(i, item)));
            }
        }
    };
    let mut results: Vec<Option<R>> = (0..slots.len()).map(|_| None).collect();
    if workers <= 1 {
        for (i, r) in work() {
            results[i] = Some(r);
        }
        return Ok(results);
    }
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let mut handles = Vec::new();
        for _ in 0..workers {
            let thread = std::thread::Builder::new()
                .name("backend".into())
                .stack_size(crate::driver::COMPILE_STACK_BYTES)
                .spawn_scoped(scope, work)
                .map_err(|e| anyhow::anyhow!("cannot start a backend thread: {e}"))?;
            handles.push(thread);
        }
        for h in handles {
            for (i, r) in h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)) {
                results[i] = Some(r);
            }
        }
        Ok(())
    })?;
    Ok(results)
}
