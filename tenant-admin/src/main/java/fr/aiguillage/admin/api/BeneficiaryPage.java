package fr.aiguillage.admin.api;

import fr.aiguillage.beneficiary.BeneficiarySummary;
import java.util.List;

/**
 * A page of the beneficiaries list. {@code total} is exact up to 10 000; beyond, it is 10 000 and
 * {@code totalCapped} is true.
 */
public record BeneficiaryPage(
    List<BeneficiarySummary> items, int page, int size, long total, boolean totalCapped) {}
