/**
 * Risk stratification: the emergency-admission risk run that ties feature extraction, models, segmentation,
 * continuity of care and the store outputs together. See docs/risk.md.
 */
package org.derwent.risk;
