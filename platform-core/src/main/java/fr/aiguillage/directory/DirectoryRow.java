package fr.aiguillage.directory;

/**
 * One error of a directory file: the row (1 = first data row; 0 = the header), the column, in
 * French.
 */
public record DirectoryRow(int row, String column, String message) {}
