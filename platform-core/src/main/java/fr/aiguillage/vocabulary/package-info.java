/**
 * The words every context shares and none owns: the pathways of the loi plein emploi and the kinds
 * of structure. Criteria, diagnostic, directory and orientation depend on this package, never on
 * each other for these words.
 */
package fr.aiguillage.vocabulary;
