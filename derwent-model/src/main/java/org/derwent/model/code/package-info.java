/** Code systems (SNOMED CT, dm+d, ICD-10, OPCS-4, NHS ethnic category) and NHS number validation. */
package org.derwent.model.code;
