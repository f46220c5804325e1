#!/bin/sh
# usage: parse.sh floor.log  -> the RESULT lines as a table
grep '^RESULT' "$1" | sed 's/^RESULT //'
