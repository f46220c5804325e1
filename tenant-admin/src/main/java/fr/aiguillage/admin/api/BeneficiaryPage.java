package fr.aiguillage.admin.api;

import fr.aiguillage.beneficiary.BeneficiarySummary;
import java.util.List;

/** A page of the beneficiaries list. */
public record BeneficiaryPage(List<BeneficiarySummary> items, int page, int size, long total) {}
