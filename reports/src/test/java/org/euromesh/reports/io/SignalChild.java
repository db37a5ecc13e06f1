package org.euromesh.reports.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@code SignalTest} in a child JVM: stages a write of the folder {@code args[0]}, says
 * READY once a file is in the staging folder, then waits to be killed mid-write.
 */
public final class SignalChild {

    private SignalChild() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath().normalize();
        try (Staging s = Staging.begin(out)) {
            Files.writeString(s.dir().resolve("report.md"), "new, never to be seen");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(60_000);
            s.commit();
        }
    }
}
