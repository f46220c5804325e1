package fr.aiguillage.contract;

/**
 * What a signer gives to sign: their consent ticked, their name typed, and the SHA-256 of the
 * document they were shown (the page sends back the hash it displayed with the document).
 */
public record SignatureConsent(boolean consent, String typedName, String shownSha256) {}
