package org.euromesh.engine.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.euromesh.engine.ProgressListener;

/**
 * Runs independent tasks 0..n-1 on a fixed pool. Each task writes only to its own slots of
 * pre-allocated arrays and draws randomness only from streams keyed by its own index, and every
 * reduction happens afterwards in task order on the calling thread: so results do not depend on
 * the number of threads or on scheduling. Public so that {@code org.euromesh.engine.analysis} runs its
 * blocks and bootstrap replicates the same way.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * {@link #forEach(int, int, IntConsumer)}, telling {@code progress} of each finished task:
     * (tasks finished, {@code tasks}), ending at (tasks, tasks).
     */
    public static void forEach(int tasks, int threads, IntConsumer task, ProgressListener progress) {
        if (progress == ProgressListener.NONE) {
            forEach(tasks, threads, task);
            return;
        }
        AtomicLong done = new AtomicLong();
        forEach(tasks, threads, k -> {
            task.accept(k);
            progress.onProgress(done.incrementAndGet(), tasks);
        });
    }

    public static void forEach(int tasks, int threads, IntConsumer task) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int workers = Math.min(threads, tasks);
        if (workers <= 1) {
            for (int k = 0; k < tasks; k++) {
                task.accept(k);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "euromesh-sensitivity");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < tasks; k = next.getAndIncrement()) {
                        task.accept(k);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    next.set(tasks);
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
