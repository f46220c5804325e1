/**
 * What every statistic of the platform means, written once: the catalogue of indicator definitions
 * (population, numerator, denominator, the events and fields that start and end a delay, period,
 * unit, breakdowns, source and national anchor) that the projections implement and the screens and
 * exports show next to each figure, and the small classifications they share (age band, sex, family
 * situation, time in the RSA, education level, kind of body, delay thresholds). Pure values: no
 * storage, no CDI. docs/indicators.md is the same catalogue for people.
 */
package fr.aiguillage.statistics.definition;
