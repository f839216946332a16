/** The engine behind the public API; nothing here is API, and CoreNLP types never leave these packages. */
package org.warreport.internal;
