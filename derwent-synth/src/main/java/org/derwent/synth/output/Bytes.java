package org.derwent.synth.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** A growable byte buffer that text is appended to without intermediate strings (ASCII and Latin-1 only). */
public final class Bytes extends OutputStream {
    private byte[] buf;
    private int size;

    public Bytes(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public int size() {
        return size;
    }

    public void reset() {
        size = 0;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    @Override
    public void write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    public Bytes add(char c) {
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    public Bytes add(byte[] b) {
        write(b, 0, b.length);
        return this;
    }

    /** Appends a Latin-1 string (the generator writes ASCII only). */
    @SuppressWarnings("deprecation")
    public Bytes add(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, buf, size);
        size += n;
        return this;
    }

    public Bytes add(long v) {
        if (v < 0) {
            add('-');
            v = -v;
        }
        if (v < 10) {
            return add((char) ('0' + v));
        }
        ensure(20);
        int start = size;
        while (v > 0) {
            buf[size++] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /** A decimal with a fixed number of places (0 to 3), rounded half up. */
    public Bytes add(double v, int places) {
        long scale = places == 0 ? 1 : places == 1 ? 10 : places == 2 ? 100 : 1000;
        long r = Math.round(Math.abs(v) * scale);
        if (v < 0 && r != 0) {
            add('-');
        }
        add(r / scale);
        if (places > 0) {
            add('.');
            long frac = r % scale;
            for (long d = scale / 10; d > 0; d /= 10) {
                add((char) ('0' + (frac / d) % 10));
            }
        }
        return this;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }
}
