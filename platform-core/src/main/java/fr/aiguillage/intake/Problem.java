package fr.aiguillage.intake;

/** What is wrong with a row: its number as the spreadsheet shows it, the column, in French. */
public record Problem(int row, String column, String message) {}
