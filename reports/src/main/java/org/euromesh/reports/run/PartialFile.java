package org.euromesh.reports.run;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.euromesh.engine.Partial;
import org.euromesh.reports.io.AtomicFiles;

/**
 * A job-array task's output: the blocks it ran of one run, with the run's configuration, in one
 * self-checking file.
 *
 * <p>Layout: the magic {@code EUROMESH-PARTIAL\n} (17 bytes), this file format's version (int),
 * the length and UTF-8 bytes of the run's {@link RunConfiguration#canonical() canonical
 * configuration}, the partial as {@link PartialBytes} writes it (deflated {@link Partial#writeTo},
 * with the partial's own format version), and
 * the SHA-256 of every byte before it (32 bytes). A file is written to a temporary sibling and
 * moved into place, so a killed task leaves no half file under the final name.
 *
 * @param file          where it was read from (or written to)
 * @param configuration the run's canonical configuration
 * @param partial       the blocks
 */
public record PartialFile(Path file, String configuration, Partial partial) {

    /** First bytes of every partial file. */
    static final byte[] MAGIC = "EUROMESH-PARTIAL\n".getBytes(StandardCharsets.US_ASCII);

    /** Version of this file layout (the partial inside carries its own). */
    public static final int FORMAT_VERSION = 1;

    private static final int DIGEST_LENGTH = 32;

    public PartialFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(partial, "partial");
    }

    /**
     * Writes {@code partial} of the run {@code configuration} to {@code file}, atomically.
     *
     * @throws IllegalArgumentException if {@code file} exists and is not a partial file (a run
     *                                  never overwrites what it did not write)
     */
    public static PartialFile write(Path file, RunConfiguration configuration, Partial partial) {
        refuseForeign(file);
        String text = configuration.canonical();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            byte[] conf = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(conf.length);
            out.write(conf);
            out.write(PartialBytes.of(partial));
            out.flush();
            out.write(digest(bytes.toByteArray(), bytes.size()));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        AtomicFiles.write(file, bytes.toByteArray());
        return new PartialFile(file, text, partial);
    }

    /**
     * Reads and verifies a partial file: magic, versions, checksum, and that nothing follows.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static PartialFile read(Path file) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file; expected a partial written by "
                    + "'euromesh run --blocks FROM:TO --partial FILE'", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!startsWithMagic(all)) {
            throw new IllegalArgumentException(file + ": not a euromesh partial (written by "
                    + "'euromesh run --blocks FROM:TO --partial FILE')");
        }
        if (all.length < MAGIC.length + 8 + DIGEST_LENGTH) {
            throw corrupted(file, "truncated (" + all.length + " bytes)");
        }
        int body = all.length - DIGEST_LENGTH;
        if (!MessageDigest.isEqual(digest(all, body), Arrays.copyOfRange(all, body, all.length))) {
            throw corrupted(file, "checksum mismatch (the file is truncated or was changed after it was written)");
        }
        java.nio.ByteBuffer head = java.nio.ByteBuffer.wrap(all, MAGIC.length, body - MAGIC.length);
        int version = head.getInt();
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException(file + ": partial file format version " + version
                    + "; this euromesh reads version " + FORMAT_VERSION);
        }
        int length = head.getInt();
        if (length < 0 || length > head.remaining()) {
            throw corrupted(file, "configuration length " + length);
        }
        String conf = new String(all, head.position(), length, StandardCharsets.UTF_8);
        int start = head.position() + length;
        try {
            return new PartialFile(file, conf, PartialBytes.read(all, start, body - start));
        } catch (EOFException e) {
            throw corrupted(file, "truncated partial");
        } catch (IOException e) {
            throw corrupted(file, e.getMessage());
        }
    }

    /** Refuses to write over a file that is not a partial file (or over a folder). */
    public static void refuseForeign(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + ": is a folder; --partial expects a file name");
        }
        if (!Files.exists(file)) {
            return;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAGIC.length);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!startsWithMagic(head)) {
            throw new IllegalArgumentException(file + ": exists and is not a euromesh partial; refusing to "
                    + "overwrite it");
        }
    }

    private static boolean startsWithMagic(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static IllegalArgumentException corrupted(Path file, String what) {
        return new IllegalArgumentException(file + ": corrupted partial: " + what);
    }

    private static byte[] digest(byte[] bytes, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes, 0, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
