package org.euromesh.reports.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.euromesh.engine.Partial;

/**
 * A {@link Partial} as compact bytes: its {@link Partial#writeTo binary form}, deflated. A
 * partial is mostly histogram counts, nearly all zero: 3.7 MB for the EuroMesh model's 81
 * outputs shrink about 40-fold at the fastest level (a few ms). Spark tasks return these bytes
 * and partial files store them, so a wave of hundreds of tasks fits a driver's memory.
 */
public final class PartialBytes {

    private PartialBytes() {
    }

    /** The deflated binary form of {@code p}. */
    public static byte[] of(Partial p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        // Buffered: DataOutputStream hands the deflater 8 bytes at a time otherwise, which is 10x slower.
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, deflater, 1 << 16), 1 << 16))) {
            p.writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /**
     * The partial {@link #of} wrote, checked to the last byte.
     *
     * @throws IOException if the bytes are not a whole deflated partial
     */
    public static Partial read(byte[] bytes, int offset, int length) throws IOException {
        try (InflaterInputStream inflater = new InflaterInputStream(new ByteArrayInputStream(bytes, offset, length));
             DataInputStream in = new DataInputStream(new BufferedInputStream(inflater, 1 << 16))) {
            Partial p = Partial.readFrom(in);
            if (in.read() != -1) {
                throw new IOException("unexpected bytes after the partial");
            }
            return p;
        }
    }

    /** {@link #read(byte[], int, int)} of a whole array, for bytes that cannot be corrupt (a Spark task's result). */
    public static Partial read(byte[] bytes) {
        try {
            return read(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new IllegalStateException("a partial's bytes did not read back: " + e.getMessage(), e);
        }
    }
}
