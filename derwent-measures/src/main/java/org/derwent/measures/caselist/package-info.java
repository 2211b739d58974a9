/** Case-finding lists: a practice's patients matching a list's criteria, each with the reason a clinician reads. */
package org.derwent.measures.caselist;
