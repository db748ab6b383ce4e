# Stages the R package from r/ and installs it (cmake -P; the r_package
# target of CMakeLists.txt runs it): its R code, the shared object CMake
# built (SHLIB), and dyad's data (DATA, links followed) as inst/share/dyad,
# where the package looks for it; then R CMD INSTALL into LIBRARY, output to
# LOG (shown when it fails).
file(REMOVE_RECURSE ${STAGE})
file(MAKE_DIRECTORY ${STAGE}/src ${STAGE}/inst/share/dyad)
file(COPY ${SOURCE}/DESCRIPTION ${SOURCE}/NAMESPACE ${SOURCE}/R DESTINATION ${STAGE})
# R CMD INSTALL runs src/Makefile when there is one and installs the object
# it leaves in src/: here the one CMake built, so that R compiles nothing.
file(WRITE ${STAGE}/src/Makefile ".DEFAULT_GOAL := all\nall: dyad.so\ndyad.so: ${SHLIB}\n\tcp ${SHLIB} dyad.so\nclean:\n\trm -f dyad.so\n")
execute_process(COMMAND cp -rL ${DATA}/. ${STAGE}/inst/share/dyad RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cannot copy dyad's data from ${DATA}")
endif()
file(MAKE_DIRECTORY ${LIBRARY})
execute_process(COMMAND ${R} CMD INSTALL --no-multiarch --library=${LIBRARY} ${STAGE}
  OUTPUT_FILE ${LOG} ERROR_FILE ${LOG} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(READ ${LOG} log)
  message(FATAL_ERROR "R CMD INSTALL failed:\n${log}")
endif()
