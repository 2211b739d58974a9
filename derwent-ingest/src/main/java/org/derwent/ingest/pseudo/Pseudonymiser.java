package org.derwent.ingest.pseudo;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 pseudonyms. {@link #personId} of an NHS number is the {@code person_id} of the store; the
 * same key gives the same pseudonym in every load, and without the key a pseudonym cannot be reversed or
 * recomputed. Not thread-safe (one {@link Mac}); use one instance per thread.
 */
public final class Pseudonymiser {
    private static final HexFormat HEX = HexFormat.of();
    private final Mac mac;

    public Pseudonymiser(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("pseudonymisation key too short: " + key.length + " bytes, need at least 16");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable: " + e.getMessage(), e);
        }
    }

    /** The pseudonym of a valid NHS number (spaces ignored): 64 hex characters. */
    public String personId(String nhsNumber) {
        return hmac(nhsNumber.replace(" ", ""));
    }

    /** The pseudonym of a source's own patient id, used when no NHS number is known and for linkage. */
    public String sourceKey(String sourcePatientId) {
        return hmac("source-id:" + sourcePatientId);
    }

    private String hmac(String text) {
        return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new pseudonymiser with the same key, for another thread. */
    public Pseudonymiser copy() {
        try {
            return new Pseudonymiser((Mac) mac.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC cannot be cloned", e);
        }
    }

    private Pseudonymiser(Mac mac) {
        this.mac = mac;
    }
}
