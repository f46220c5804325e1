package fr.aiguillage.contract;

import java.util.List;
import java.util.UUID;

/**
 * A template rendered for one person (escaped XHTML fragment), and the labels of the merge fields
 * the person's file did not fill, which show as "[non renseigné : …]".
 */
public record TemplatePreview(
    UUID templateId, UUID beneficiaryId, String html, List<String> notFilledIn) {}
