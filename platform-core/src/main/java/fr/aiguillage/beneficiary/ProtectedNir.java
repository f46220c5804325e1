package fr.aiguillage.beneficiary;

/** A NIR as stored: encrypted, and a keyed hash to find it again without decrypting. */
public record ProtectedNir(String cipher, String hash) {}
