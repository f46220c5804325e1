package fr.aiguillage.notification;

/** A decision letter to download: its file name and PDF. */
public record LetterFile(String fileName, byte[] pdf) {}
